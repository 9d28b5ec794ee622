import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `delayMs` (the autocompletes ask the API only after a pause in typing). */
export function useDebouncedValue<T>(value: T, delayMs = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
