import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const MatchingCoursesRoute = lazyPage(() => import('./routes/matching-courses'), 'MatchingCoursesRoute');
const MatchingNewVacancyRoute = lazyPage(() => import('./routes/matching-new-vacancy'), 'MatchingNewVacancyRoute');
const MatchingRecruitingDaysRoute = lazyPage(() => import('./routes/matching-recruiting-days'), 'MatchingRecruitingDaysRoute');
const MatchingVacanciesRoute = lazyPage(() => import('./routes/matching-vacancies'), 'MatchingVacanciesRoute');
const MatchingVacancyRoute = lazyPage(() => import('./routes/matching-vacancy'), 'MatchingVacancyRoute');

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
