import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useOccupationSearch } from '../api/use-occupation-search';
import { AutocompleteField, useAutocompleteText } from './autocomplete-field';

export interface ChosenOccupation {
  id: number;
  label: string;
  /** ISCO-08 code, when known (a saved vacancy gives only the label) */
  code?: string;
}

/** "Professione (classificazione ESCO)": search the ESCO occupations, "Scegli …", then "Professione scelta: … (ISCO …)". */
export function OccupationField({
  value,
  onChange,
  error,
}: {
  value: ChosenOccupation | undefined;
  onChange: (occupation: ChosenOccupation) => void;
  error?: string;
}) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const { text, setText, query } = useAutocompleteText();
  const search = useOccupationSearch(query);

  return (
    <AutocompleteField
      id={id}
      label={t('imprese.form.occupation')}
      hint={t('imprese.form.occupationHint')}
      error={error}
      text={text}
      onTextChange={setText}
      query={query}
      searching={search.isFetching}
      failed={search.isError}
      options={search.data?.items.map((item) => ({
        key: item.id,
        label: t('imprese.form.pickOccupation', { label: item.label }),
        onPick: () => {
          onChange({ id: item.id, label: item.label, ...(item.code ? { code: item.code } : {}) });
          setText('');
          document.getElementById(id)?.focus();
        },
      }))}
      chosen={
        value
          ? value.code
            ? t('imprese.form.occupationChosenWithCode', { label: value.label, code: value.code })
            : t('imprese.form.occupationChosen', { label: value.label })
          : undefined
      }
    />
  );
}
