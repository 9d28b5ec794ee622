/** "Scarica i tuoi dati" (registered in app/portability-routes.tsx, linked from /profilo). */
export const portabilityPath = '/i-miei-dati';
