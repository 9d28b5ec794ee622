import type { LabelledIdResponse } from '@opencpi/contracts';
import { TaxonomyAutocomplete } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';

/** "Cerca una competenza": the ESCO skills combobox of @opencpi/ui; the ones already chosen are left out. */
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
  /** the list is full: nothing more is added */
  disabled?: boolean;
}) {
  const { t } = useTranslation('operator');
  return (
    <TaxonomyAutocomplete
      kind="skills"
      id={id}
      label={t('matching.vacancyForm.skillSearch')}
      error={error}
      exclude={chosenIds}
      onPick={(item) => {
        if (!disabled) onAdd({ id: item.id, label: item.label });
      }}
    />
  );
}
