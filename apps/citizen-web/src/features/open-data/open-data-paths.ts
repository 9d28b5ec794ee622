/** The public open data page (no login; registered lazily in app/open-data-routes.tsx). */
export const openDataPath = '/dati-aperti';
