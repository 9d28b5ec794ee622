/** Paths of the matching pages of the citizen app (registered in app/matching-routes.tsx). */
export const matchingPaths = {
  profile: '/profilo-professionale',
  vacancies: '/offerte',
  /** use vacancyPath(id) */
  vacancy: '/offerte/:vacancyId',
  applications: '/candidature',
  courses: '/corsi',
  recruitingDays: '/recruiting-day',
} as const;

export const vacancyPath = (vacancyId: string) => `/offerte/${encodeURIComponent(vacancyId)}`;
