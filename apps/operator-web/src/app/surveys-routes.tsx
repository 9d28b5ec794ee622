import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { surveysPaths } from '../features/surveys/surveys-paths';
import { SatisfactionRoute } from './routes/satisfaction';

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
