import type { ComuneResponse, LabelledIdResponse } from '@opencpi/contracts';
import { TaxonomyAutocomplete } from '@opencpi/ui';
import type { Ref } from 'react';

interface LabelledIdAutocompleteProps {
  label: string;
  error?: string;
  /** already chosen: not offered again */
  chosen: readonly LabelledIdResponse[];
  onAdd: (item: LabelledIdResponse) => void;
  /** the input (react-hook-form focuses it on an error) */
  ref?: Ref<HTMLInputElement>;
}

/** ESCO occupations (the combobox of @opencpi/ui); picking one adds it. */
export function OccupationAutocomplete({ label, error, chosen, onAdd, ref }: LabelledIdAutocompleteProps) {
  return (
    <TaxonomyAutocomplete kind="occupations" ref={ref} label={label} error={error} exclude={chosen.map((c) => c.id)} onPick={(item) => onAdd({ id: item.id, label: item.label })} />
  );
}

/** ESCO skills (the combobox of @opencpi/ui); picking one adds it. */
export function SkillAutocomplete({ label, error, chosen, onAdd, ref }: LabelledIdAutocompleteProps) {
  return (
    <TaxonomyAutocomplete kind="skills" ref={ref} label={label} error={error} exclude={chosen.map((c) => c.id)} onPick={(item) => onAdd({ id: item.id, label: item.label })} />
  );
}

/** Italian comuni (the combobox of @opencpi/ui): one value is chosen. */
export function ComuneAutocomplete({ label, error, onChoose, ref }: { label: string; error?: string; onChoose: (comune: ComuneResponse) => void; ref?: Ref<HTMLInputElement> }) {
  return <TaxonomyAutocomplete kind="comuni" ref={ref} label={label} error={error} onPick={onChoose} />;
}
