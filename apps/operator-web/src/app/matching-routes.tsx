import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { MatchingCoursesRoute } from './routes/matching-courses';
import { MatchingNewVacancyRoute } from './routes/matching-new-vacancy';
import { MatchingRecruitingDaysRoute } from './routes/matching-recruiting-days';
import { MatchingVacanciesRoute } from './routes/matching-vacancies';
import { MatchingVacancyRoute } from './routes/matching-vacancy';

/** Routes of the matching pages (registered in router.tsx before the catch-all). */
export const matchingRoutes: RouteObject[] = [
  {
    path: 'offerte',
    element: (
      <RequireAuth>
        <MatchingVacanciesRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'offerte/nuova',
    element: (
      <RequireAuth>
        <MatchingNewVacancyRoute />
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
