import { useController } from 'react-hook-form';
import { TaxonomyAutocomplete } from '../combobox/taxonomy-autocomplete';
import { useFieldError } from '../forms/field-messages';

interface PickFieldProps {
  label: string;
  hint: string;
  /** "Professione scelta: …" for what is in the field now */
  chosenText: (value: { label?: string; name?: string }) => string;
}

/** The vacancy's ESCO occupation: an autocomplete whose field holds the occupation picked ({ id, label }). */
export function OccupationPickField({ label, hint, chosenText }: PickFieldProps) {
  const { field } = useController({ name: 'occupation' });
  const value = field.value as { id: number; label: string } | null;
  return (
    <TaxonomyAutocomplete
      kind="occupations"
      ref={field.ref}
      label={label}
      hint={hint}
      error={useFieldError('occupation')}
      exclude={value ? [value.id] : []}
      chosen={value ? chosenText(value) : undefined}
      onPick={(item) => field.onChange({ id: item.id, label: item.label })}
    />
  );
}

/** The workplace's comune: an autocomplete whose field holds the comune picked ({ istat, name }). */
export function ComunePickField({ label, hint, chosenText }: PickFieldProps) {
  const { field } = useController({ name: 'comune' });
  const value = field.value as { istat: string; name: string } | null;
  return (
    <TaxonomyAutocomplete
      kind="comuni"
      ref={field.ref}
      label={label}
      hint={hint}
      error={useFieldError('comune')}
      exclude={value ? [value.istat] : []}
      chosen={value ? chosenText(value) : undefined}
      onPick={(item) => field.onChange({ istat: item.istat, name: `${item.name} (${item.province})` })}
    />
  );
}
