import type { LabelledIdResponse } from '@opencpi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkillSearch } from '../api/use-skill-search';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { AutocompleteField, autocompleteState } from './autocomplete-field';

/** "Cerca una competenza": search the ESCO skills and add them ("Aggiungi <label>"); the ones already chosen are left out. */
export function SkillSearch({
  chosenIds,
  onAdd,
  error,
  id,
  disabled,
}: {
  chosenIds: readonly number[];
  onAdd: (skill: LabelledIdResponse) => void;
  error?: string;
  id?: string;
  /** the list is full: the results are not offered */
  disabled?: boolean;
}) {
  const { t } = useTranslation('operator');
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const search = useSkillSearch(q);
  const options = disabled
    ? []
    : (search.data?.items ?? [])
        .filter((item) => !chosenIds.includes(item.id))
        .map((item) => ({
          key: String(item.id),
          text: t('matching.vacancyForm.skillAdd', { label: item.label }),
          onChoose: () => onAdd({ id: item.id, label: item.label }),
        }));
  return (
    <AutocompleteField
      id={id}
      label={t('matching.vacancyForm.skillSearch')}
      error={error}
      value={text}
      onChange={setText}
      state={autocompleteState(text, q, search)}
      options={options}
    />
  );
}
