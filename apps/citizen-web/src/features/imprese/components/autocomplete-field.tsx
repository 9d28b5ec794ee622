import { TextField } from '@opencpi/ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../hooks/use-debounced-value';

/** The search text of an autocomplete, and the same text trimmed and debounced (~250 ms): what is sent to the API. */
export function useAutocompleteText(): { text: string; setText: (text: string) => void; query: string } {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  return { text, setText, query };
}

export interface AutocompleteOption {
  key: string | number;
  /** the whole name of the button, e.g. "Scegli Cameriere di sala" */
  label: string;
  onPick: () => void;
}

export interface AutocompleteFieldProps {
  /** `id` of the input, so that focus can go back to it after a choice */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  text: string;
  onTextChange: (text: string) => void;
  /** the debounced text the results are for */
  query: string;
  /** the results for `query`; undefined while there are none yet */
  options: readonly AutocompleteOption[] | undefined;
  searching: boolean;
  failed: boolean;
  /** what was chosen ("Professione scelta: …"), announced with the results */
  chosen?: ReactNode;
  className?: string;
}

/**
 * A labelled text input that, from 2 characters and after a pause in typing, lists the API's matches as buttons
 * ("Scegli …", "Aggiungi …") in a polite live region, so that screen-reader users hear how many there are and what
 * was chosen. No ARIA combobox: plain buttons work the same with keyboard, touch and voice control.
 */
export function AutocompleteField({
  id, label, hint, error, text, onTextChange, query, options, searching, failed, chosen, className,
}: AutocompleteFieldProps) {
  const { t } = useTranslation('citizen');
  const trimmed = text.trim();

  let results: ReactNode = null;
  if (trimmed.length >= 2) {
    if (failed) {
      results = <p className="mb-0">{t('imprese.autocomplete.failed')}</p>;
    } else if (!options || (options.length === 0 && (searching || query !== trimmed))) {
      results = <p className="mb-0">{t('imprese.autocomplete.searching')}</p>;
    } else if (options.length === 0) {
      results = <p className="mb-0">{t('imprese.autocomplete.noResults', { q: query })}</p>;
    } else {
      results = (
        <ul className="imprese-autocomplete__options" aria-label={t('imprese.autocomplete.results')}>
          {options.map((option) => (
            <li key={option.key}>
              <button type="button" className="btn btn-outline-primary btn-sm imprese-autocomplete__option" onClick={option.onPick}>
                {option.label}
              </button>
            </li>
          ))}
        </ul>
      );
    }
  }

  return (
    <div className={['imprese-autocomplete', className].filter(Boolean).join(' ')}>
      <TextField
        id={id}
        label={label}
        hint={hint}
        error={error}
        value={text}
        autoComplete="off"
        spellCheck={false}
        maxLength={60}
        onChange={(e) => onTextChange(e.target.value)}
      />
      <div className="imprese-autocomplete__live" aria-live="polite">
        {chosen && <p className="imprese-autocomplete__chosen fw-semibold">{chosen}</p>}
        {results}
      </div>
    </div>
  );
}
