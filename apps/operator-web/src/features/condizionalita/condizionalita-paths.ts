/** Paths of the condizionalità pages (registered in app/condizionalita-routes.tsx; the section is in the main nav). */
export const condizionalitaPaths = {
  cases: '/condizionalita',
  case: (caseId: string) => `/condizionalita/procedimenti/${encodeURIComponent(caseId)}`,
  /** managers: the queue of sends to INPS / SIISL and the undelivered events */
  queue: '/condizionalita/invii',
} as const;
