/** The public verification page of digital credentials (Open Badges 3.0), registered in app/certificates-routes.tsx. */
export const verifyCredentialPath = '/verifica-credenziale';
