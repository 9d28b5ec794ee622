/** "Valuta il servizio" (logged in; registered in app/surveys-routes.tsx, linked from /profilo). */
export const surveysPath = '/valuta-il-servizio';
/** The survey link of the message (public, no login): /valuta/<token>. */
export const surveyLinkPath = '/valuta';
export const surveyLinkOf = (token: string): string => `${surveyLinkPath}/${token}`;
