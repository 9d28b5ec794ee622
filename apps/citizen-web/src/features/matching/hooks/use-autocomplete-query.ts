import { useEffect, useState } from 'react';

/** Characters to type before the autocomplete searches. */
export const MIN_QUERY_LENGTH = 2;

/**
 * The text of an autocomplete and the query to search for: the trimmed text once the person has stopped typing
 * for `delay` ms, and '' while it is shorter than MIN_QUERY_LENGTH (no search then).
 */
export function useAutocompleteQuery(delay = 250) {
  const [text, setText] = useState('');
  const trimmed = text.trim();
  const [query, setQuery] = useState('');
  useEffect(() => {
    if (trimmed.length < MIN_QUERY_LENGTH) {
      setQuery('');
      return;
    }
    const timer = setTimeout(() => setQuery(trimmed), delay);
    return () => clearTimeout(timer);
  }, [trimmed, delay]);
  return { text, setText, query, trimmed };
}
