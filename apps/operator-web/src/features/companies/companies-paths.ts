import { generatePath } from 'react-router-dom';

/** Paths of the company desk (routes in app/companies-routes.tsx). */
export const companiesPaths = {
  list: '/imprese',
  /** with companyPath(id) */
  company: '/imprese/:companyId',
} as const;

export const companyPath = (companyId: string): string => generatePath(companiesPaths.company, { companyId });
