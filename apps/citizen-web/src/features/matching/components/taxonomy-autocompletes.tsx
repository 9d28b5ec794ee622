import type { ComuneResponse, LabelledIdResponse } from '@opencpi/contracts';
import { TaxonomyAutocomplete } from '@opencpi/ui';

interface LabelledIdAutocompleteProps {
  label: string;
  error?: string;
  /** already chosen: not offered again */
  chosen: readonly LabelledIdResponse[];
  onAdd: (item: LabelledIdResponse) => void;
}

/** ESCO occupations (the combobox of @opencpi/ui); picking one adds it. */
export function OccupationAutocomplete({ label, error, chosen, onAdd }: LabelledIdAutocompleteProps) {
  return <TaxonomyAutocomplete kind="occupations" label={label} error={error} exclude={chosen.map((c) => c.id)} onPick={(item) => onAdd({ id: item.id, label: item.label })} />;
}

/** ESCO skills (the combobox of @opencpi/ui); picking one adds it. */
export function SkillAutocomplete({ label, error, chosen, onAdd }: LabelledIdAutocompleteProps) {
  return <TaxonomyAutocomplete kind="skills" label={label} error={error} exclude={chosen.map((c) => c.id)} onPick={(item) => onAdd({ id: item.id, label: item.label })} />;
}

/** Italian comuni (the combobox of @opencpi/ui): one value is chosen. */
export function ComuneAutocomplete({ label, error, onChoose }: { label: string; error?: string; onChoose: (comune: ComuneResponse) => void }) {
  return <TaxonomyAutocomplete kind="comuni" label={label} error={error} onPick={onChoose} />;
}
