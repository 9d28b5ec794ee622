import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useComuneSearch } from '../api/use-comune-search';
import { AutocompleteField, useAutocompleteText } from './autocomplete-field';

export interface ChosenComune {
  istat: string;
  name: string;
}

/** "Comune della sede di lavoro": search the municipalities, "Scegli Nome (PR)", then "Comune scelto: Nome". */
export function ComuneField({
  value,
  onChange,
  error,
}: {
  value: ChosenComune | undefined;
  onChange: (comune: ChosenComune) => void;
  error?: string;
}) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const { text, setText, query } = useAutocompleteText();
  const search = useComuneSearch(query);

  return (
    <AutocompleteField
      id={id}
      label={t('imprese.form.comune')}
      hint={t('imprese.form.comuneHint')}
      error={error}
      text={text}
      onTextChange={setText}
      query={query}
      searching={search.isFetching}
      failed={search.isError}
      options={search.data?.items.map((item) => ({
        key: item.istat,
        label: t('imprese.form.pickComune', { name: item.name, province: item.province }),
        onPick: () => {
          onChange({ istat: item.istat, name: item.name });
          setText('');
          document.getElementById(id)?.focus();
        },
      }))}
      chosen={value ? t('imprese.form.comuneChosen', { name: value.name }) : undefined}
    />
  );
}
