import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { MatchingApplicationsRoute } from './routes/matching-applications';
import { MatchingCoursesRoute } from './routes/matching-courses';
import { MatchingProfileRoute } from './routes/matching-profile';
import { MatchingRecruitingDaysRoute } from './routes/matching-recruiting-days';
import { MatchingVacanciesRoute } from './routes/matching-vacancies';
import { MatchingVacancyRoute } from './routes/matching-vacancy';

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
