/** The import of another region's bundle, and one imported dossier (registered in app/portability-routes.tsx). */
export const importPath = '/importa-fascicolo';
export const importedDossierPath = (importId: string): string => `/fascicoli-importati/${encodeURIComponent(importId)}`;
