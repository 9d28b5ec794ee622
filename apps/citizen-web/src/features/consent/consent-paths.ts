/** The path of "Chi può vedere i miei dati" (registered in app/consent-routes.tsx, linked from /profilo). */
export const consentPath = '/chi-vede-i-miei-dati';
