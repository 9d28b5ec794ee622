import type { ParseKeys } from 'i18next';

/** A key of the `citizen` catalogue, for texts chosen by data (navigation entries, crumbs, due-date wording). */
export type CitizenKey = ParseKeys<'citizen'>;
