/** The three pages every PA service links from its footer. */
export const LEGAL_PATHS = { privacy: '/privacy', legalNotes: '/note-legali', accessibility: '/dichiarazione-accessibilita' } as const;
export type LegalPageKind = keyof typeof LEGAL_PATHS;
