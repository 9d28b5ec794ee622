import { useEffect, useState } from 'react';

const SAVED_KEY = 'opencpi.matching.profileSavedAt';
const SEEN_KEY = 'opencpi.matching.lastSeenList';

const read = (key: string): string | null => {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage disabled: no notice, nothing breaks
  }
};
const write = (key: string, value: string): void => {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // storage disabled
  }
};

/** Called when the professional profile is saved: the next list of vacancies may differ because of it. */
export function markProfileSaved(now = Date.now()): void {
  write(SAVED_KEY, String(now));
}

/**
 * "Il tuo profilo è cambiato: ora le offerte sono N, prima erano M": the number of vacancies last seen (with the
 * default filters: `comparable`) is kept on this device; when the profile was saved since and the number differs,
 * the previous number is returned so the page can say why the list changed.
 */
export function useProfileChangeNotice(count: number | undefined, comparable: boolean): { before: number } | null {
  const [notice, setNotice] = useState<{ before: number } | null>(null);
  useEffect(() => {
    if (count === undefined || !comparable) return;
    const now = Date.now();
    const savedAt = Number(read(SAVED_KEY) ?? 0);
    let seen: { count: number; at: number } | null = null;
    try {
      seen = JSON.parse(read(SEEN_KEY) ?? 'null') as { count: number; at: number } | null;
    } catch {
      seen = null;
    }
    if (seen && typeof seen.count === 'number' && savedAt > seen.at && seen.count !== count) setNotice({ before: seen.count });
    write(SEEN_KEY, JSON.stringify({ count, at: now }));
  }, [count, comparable]);
  return notice;
}
