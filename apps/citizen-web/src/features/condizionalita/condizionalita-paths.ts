/** Paths of "I miei obblighi" (registered in app/condizionalita-routes.tsx). */
export const condizionalitaPaths = {
  obligations: '/obblighi',
  case: '/obblighi/:caseId',
} as const;

export const conditionalityCasePath = (caseId: string): string => `/obblighi/${encodeURIComponent(caseId)}`;
