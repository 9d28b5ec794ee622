import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const MatchingApplicationsRoute = lazyPage(() => import('./routes/matching-applications'), 'MatchingApplicationsRoute');
const MatchingCoursesRoute = lazyPage(() => import('./routes/matching-courses'), 'MatchingCoursesRoute');
const MatchingProfileRoute = lazyPage(() => import('./routes/matching-profile'), 'MatchingProfileRoute');
const MatchingRecruitingDaysRoute = lazyPage(() => import('./routes/matching-recruiting-days'), 'MatchingRecruitingDaysRoute');
const MatchingVacanciesRoute = lazyPage(() => import('./routes/matching-vacancies'), 'MatchingVacanciesRoute');
const MatchingVacancyRoute = lazyPage(() => import('./routes/matching-vacancy'), 'MatchingVacancyRoute');

/**
 * Routes of the matching pages (registered in router.tsx before the catch-all), all for logged-in people:
 * the professional profile, the vacancies for me and one vacancy, my applications, courses, recruiting days.
 * Paths in features/matching/matching-paths.ts.
 */
export const matchingRoutes: RouteObject[] = [
  {
    path: 'profilo-professionale',
    element: (
      <RequireAuth>
        <MatchingProfileRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'offerte',
    element: (
      <RequireAuth>
        <MatchingVacanciesRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'offerte/:vacancyId',
    element: (
      <RequireAuth>
        <MatchingVacancyRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'candidature',
    element: (
      <RequireAuth>
        <MatchingApplicationsRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'corsi',
    element: (
      <RequireAuth>
        <MatchingCoursesRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'recruiting-day',
    element: (
      <RequireAuth>
        <MatchingRecruitingDaysRoute />
      </RequireAuth>
    ),
  },
];
