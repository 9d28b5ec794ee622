/** The managers' satisfaction results (registered in app/surveys-routes.tsx, in the main navigation for managers). */
export const surveysPaths = { results: '/soddisfazione' } as const;
