import { TextField } from '@opencpi/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type AutocompleteState = 'idle' | 'searching' | 'failed' | 'done';

export interface AutocompleteOption {
  key: string;
  /** the button's text (and accessible name), e.g. "Scegli Cuoco" */
  text: string;
  /** shown next to the button, e.g. the ISCO code */
  detail?: string;
  onChoose: () => void;
}

/**
 * The state of a search as typed: nothing under 2 characters, "searching" while the debounced text catches up or
 * the answer is on its way, then the results or the failure.
 */
export function autocompleteState(text: string, debounced: string, query: { isError: boolean; data: unknown }): AutocompleteState {
  const q = text.trim();
  if (q.length < 2) return 'idle';
  if (q !== debounced) return 'searching';
  if (query.isError) return 'failed';
  return query.data === undefined ? 'searching' : 'done';
}

export interface AutocompleteFieldProps {
  label: string;
  hint?: string;
  error?: string;
  id?: string;
  value: string;
  onChange: (value: string) => void;
  state: AutocompleteState;
  options: readonly AutocompleteOption[];
  /** what is chosen so far, e.g. "Professione scelta: Cuoco" (announced when it changes) */
  chosen?: ReactNode;
}

/**
 * A search box without a combobox widget: a labelled text input, and under it, in a polite live region, the results
 * as a list of buttons. Choosing one empties the box and puts the focus back in it.
 */
export function AutocompleteField({ label, hint, error, id, value, onChange, state, options, chosen }: AutocompleteFieldProps) {
  const { t } = useTranslation('operator');
  const generated = useId();
  const inputId = id ?? generated;
  const choose = (option: AutocompleteOption) => {
    option.onChoose();
    onChange('');
    document.getElementById(inputId)?.focus();
  };
  return (
    <div className="matching-autocomplete">
      <TextField
        id={inputId}
        label={label}
        hint={hint ?? t('matching.autocomplete.hint')}
        error={error}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Enter in a search box must not submit the whole form
          if (e.key === 'Enter') e.preventDefault();
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="matching-autocomplete__results" aria-live="polite">
        {chosen && <p className="fw-semibold mb-2">{chosen}</p>}
        {state === 'searching' && <p className="mb-2">{t('matching.autocomplete.searching')}</p>}
        {state === 'failed' && <p className="mb-2">{t('matching.autocomplete.failed')}</p>}
        {state === 'done' && options.length === 0 && <p className="mb-2">{t('matching.autocomplete.noResults')}</p>}
        {state === 'done' && options.length > 0 && (
          <>
            <p className="mb-1">{t('matching.autocomplete.results', { count: options.length })}</p>
            <ul className="list-unstyled matching-autocomplete__list">
              {options.map((option) => (
                <li key={option.key}>
                  <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => choose(option)}>
                    {option.text}
                  </button>
                  {option.detail && <span className="ms-2 small">{option.detail}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
