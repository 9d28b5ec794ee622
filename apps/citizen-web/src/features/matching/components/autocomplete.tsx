import { ProblemAlert, TextField } from '@opencpi/ui';
import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_QUERY_LENGTH } from '../hooks/use-autocomplete-query';

/** What the autocomplete needs of its search (a TanStack query result). */
export interface AutocompleteSearch {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export interface AutocompleteProps<T> {
  label: string;
  hint?: string;
  /** the field's error (client check or problem+json pointer): the input is marked invalid */
  error?: string;
  /** the text in the input, and its setter (see useAutocompleteQuery) */
  text: string;
  onTextChange: (text: string) => void;
  /** the query the search ran for: the debounced text, '' while too short */
  query: string;
  search: AutocompleteSearch;
  /** the results to offer (already without what has been chosen) */
  items: readonly T[] | undefined;
  itemKey: (item: T) => string | number;
  /** the name of a result's button, e.g. "Aggiungi Saldatore" or "Scegli Torino (TO)" */
  actionLabel: (item: T) => string;
  onPick: (item: T) => void;
}

/**
 * A search field with its results as a list of buttons (no ARIA combobox): after MIN_QUERY_LENGTH characters and a
 * short pause it searches; the results region is aria-live="polite", so the number of results is announced.
 * Choosing a result empties the field and brings focus back to it, ready for the next search. Enter never submits
 * the surrounding form; ↓ moves to the first result.
 */
export function Autocomplete<T>({
  label, hint, error, text, onTextChange, query, search, items, itemKey, actionLabel, onPick,
}: AutocompleteProps<T>) {
  const { t } = useTranslation('citizen');
  const inputId = useId();
  const results = useRef<HTMLUListElement>(null);

  const trimmed = text.trim();
  const active = trimmed.length >= MIN_QUERY_LENGTH;
  // the results shown are for what is in the field now (not for an older query still in the cache)
  const settled = active && query === trimmed && !search.isPending;

  const focusInput = () => document.getElementById(inputId)?.focus();

  const onInputKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
    } else if (e.key === 'ArrowDown') {
      const first = results.current?.querySelector<HTMLButtonElement>('button');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Escape' && text) {
      e.preventDefault();
      onTextChange('');
    }
  };

  const onResultKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const item = e.currentTarget.closest('li');
    const next = e.key === 'ArrowDown' ? item?.nextElementSibling : item?.previousElementSibling;
    const button = next?.querySelector<HTMLButtonElement>('button');
    if (button) button.focus();
    else if (e.key === 'ArrowUp') focusInput();
  };

  return (
    <div className="autocomplete">
      <TextField
        id={inputId}
        label={label}
        hint={hint ?? t('matching.autocomplete.hint')}
        error={error}
        autoComplete="off"
        spellCheck={false}
        maxLength={60}
        value={text}
        onChange={(e) => onTextChange(e.target.value)}
        onKeyDown={onInputKeyDown}
      />
      <div className="autocomplete__region" aria-live="polite">
        {active && !settled && <p className="autocomplete__note">{t('matching.autocomplete.searching')}</p>}
        {settled && search.isError && <ProblemAlert error={search.error} onRetry={() => void search.refetch()} />}
        {settled && !search.isError && items && items.length === 0 && (
          <p className="autocomplete__note">{t('matching.autocomplete.none', { query })}</p>
        )}
        {settled && !search.isError && items && items.length > 0 && (
          <>
            <p className="visually-hidden">{t('matching.autocomplete.count', { query, count: items.length })}</p>
            <ul ref={results} className="autocomplete__results">
              {items.map((item) => (
                <li key={itemKey(item)}>
                  <button
                    type="button"
                    className="btn btn-outline-primary btn-sm"
                    onKeyDown={onResultKeyDown}
                    onClick={() => {
                      onPick(item);
                      onTextChange('');
                      focusInput();
                    }}
                  >
                    {actionLabel(item)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
