import { useEffect, useState } from 'react';
import { textsAreComplete, textsCompleted } from './create-i18n';

/**
 * Whether every text of the language is loaded: a first page renders with the texts bundled in the entry, and what
 * reads the others (the logged-in menu, the breadcrumbs) waits for this instead of showing keys. It does not ask for
 * them: main.tsx loads them once a first page is shown, a lazy page when it opens.
 */
export function useTextsComplete(): boolean {
  const [complete, setComplete] = useState(textsAreComplete);
  useEffect(() => {
    if (complete) return;
    let live = true;
    void textsCompleted().then(() => live && setComplete(true));
    return () => {
      live = false;
    };
  }, [complete]);
  return complete;
}
