/** Paths of the IVC pages (registered in app/ivc-routes.tsx; the section is in the main nav). */
export const ivcPaths = {
  /** guiding operators: the requests of my offices */
  cases: '/validazione-competenze',
  /** assessors: the cases waiting for an assessor in my region, and mine */
  assessments: '/validazione-competenze/valutazioni',
  case: (caseId: string) => `/validazione-competenze/casi/${encodeURIComponent(caseId)}`,
} as const;
