import type { LabelledIdResponse } from '@opencpi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOccupationSearch } from '../api/use-occupation-search';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { AutocompleteField, autocompleteState } from './autocomplete-field';

/** "Professione (classificazione ESCO)": search the ESCO occupations and choose one ("Scegli <label>"). */
export function OccupationField({
  value,
  onChange,
  error,
  id,
}: {
  value: LabelledIdResponse | undefined;
  onChange: (occupation: LabelledIdResponse) => void;
  error?: string;
  id?: string;
}) {
  const { t } = useTranslation('operator');
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const search = useOccupationSearch(q);
  const options = (search.data?.items ?? []).map((item) => ({
    key: String(item.id),
    text: t('matching.vacancyForm.occupationChoose', { label: item.label }),
    detail: item.code ? `ISCO ${item.code}` : undefined,
    onChoose: () => onChange({ id: item.id, label: item.label }),
  }));
  return (
    <AutocompleteField
      id={id}
      label={t('matching.vacancyForm.occupation')}
      error={error}
      value={text}
      onChange={setText}
      state={autocompleteState(text, q, search)}
      options={options}
      chosen={value ? t('matching.vacancyForm.occupationChosen', { label: value.label }) : undefined}
    />
  );
}
