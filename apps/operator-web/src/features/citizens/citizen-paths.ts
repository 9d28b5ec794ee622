/** The tabs of the dossier, in order; `?tab=` keeps the open one in the URL. */
export const DOSSIER_TABS = ['status', 'appointments', 'patto', 'documents', 'activity'] as const;
export type DossierTab = (typeof DOSSIER_TABS)[number];
export const isDossierTab = (value: string | null): value is DossierTab => (DOSSIER_TABS as readonly (string | null)[]).includes(value);

const withTab = (path: string, tab?: DossierTab) => (tab && tab !== 'status' ? `${path}?${new URLSearchParams({ tab }).toString()}` : path);

/** Paths of a person's dossier: by id, or by fiscal code (resolved to the id by a search of the operator's offices). */
export const citizenPaths = {
  dossier: (citizenId: string, tab?: DossierTab) => withTab(`/cittadini/${encodeURIComponent(citizenId)}`, tab),
  byFiscalCode: (fiscalCode: string, tab?: DossierTab) => withTab(`/cittadini/codice-fiscale/${encodeURIComponent(fiscalCode)}`, tab),
} as const;
