import { generatePath } from 'react-router-dom';

/** Paths of the company area (the routes are in app/imprese-routes.tsx). */
export const impresePaths = {
  vacancies: '/imprese',
  newVacancy: '/imprese/offerte/nuova',
  /** with vacancyPath(id) */
  vacancy: '/imprese/offerte/:vacancyId',
  /** the company profile: data, status, sites, members */
  company: '/imprese/azienda',
  register: '/imprese/registrazione',
} as const;

export const vacancyPath = (vacancyId: string): string => generatePath(impresePaths.vacancy, { vacancyId });
