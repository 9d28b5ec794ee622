import type { ComuneResponse } from '@opencpi/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComuneSearch } from '../api/use-comune-search';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { AutocompleteField, autocompleteState } from './autocomplete-field';

/**
 * A comune chosen by searching ("Scegli Torino"; the province is added only where two comuni share a name),
 * then "Comune scelto: Torino (TO)". Optional fields also get a button to remove the choice.
 */
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
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const search = useComuneSearch(q);
  const items = search.data?.items ?? [];
  const shared = (name: string) => items.filter((c) => c.name === name).length > 1;
  const options = items.map((comune) => ({
    key: comune.istat,
    text: t('matching.vacancyForm.comuneChoose', { name: shared(comune.name) ? `${comune.name} (${comune.province})` : comune.name }),
    onChoose: () => onChange(comune),
  }));
  return (
    <>
      <AutocompleteField
        id={id}
        label={label}
        error={error}
        value={text}
        onChange={setText}
        state={autocompleteState(text, q, search)}
        options={options}
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
