import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { surveysPaths } from '../features/surveys/surveys-paths';

const SatisfactionRoute = lazyPage(() => import('./routes/satisfaction'), 'SatisfactionRoute');

/** The managers' satisfaction results (registered in router.tsx before the catch-all). */
export const surveysRoutes: RouteObject[] = [
  {
    path: surveysPaths.results.slice(1),
    element: (
      <RequireAuth>
        <SatisfactionRoute />
      </RequireAuth>
    ),
  },
];
