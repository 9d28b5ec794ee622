import type { ComuneResponse } from '@opencpi/contracts';
import { TaxonomyAutocomplete } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';

/** A comune chosen with the combobox of @opencpi/ui, then "Comune scelto: Torino (TO)"; optional fields get a "remove" button. */
export function ComuneField({
  label,
  value,
  onChange,
  error,
  id,
  removeLabel,
}: {
  label: string;
  value: ComuneResponse | undefined;
  onChange: (comune: ComuneResponse | undefined) => void;
  error?: string;
  id?: string;
  /** optional fields: the text of the button that removes the choice */
  removeLabel?: string;
}) {
  const { t } = useTranslation('operator');
  return (
    <>
      <TaxonomyAutocomplete
        kind="comuni"
        id={id}
        label={label}
        error={error}
        onPick={onChange}
        chosen={value ? t('matching.vacancyForm.comuneChosen', { name: value.name, province: value.province }) : undefined}
      />
      {value && removeLabel && (
        <p>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => onChange(undefined)}>
            {removeLabel}
          </button>
        </p>
      )}
    </>
  );
}
