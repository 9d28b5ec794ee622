import { createContext, useContext, useEffect } from 'react';

/** The service name that follows every page title; provided by AppLayout. */
export const DocumentTitleSuffixContext = createContext<string>('');

/** Gives every page its own <title> (WCAG 2.4.2), in the current language: "Il mio profilo – Servizi per il lavoro". */
export function useDocumentTitle(title: string | undefined): void {
  const suffix = useContext(DocumentTitleSuffixContext);
  useEffect(() => {
    if (title) document.title = suffix ? `${title} – ${suffix}` : title;
  }, [title, suffix]);
}
