import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const ObligationCaseRoute = lazyPage(() => import('./routes/obligation-case'), 'ObligationCaseRoute');
const ObligationsRoute = lazyPage(() => import('./routes/obligations'), 'ObligationsRoute');

/**
 * Routes of "I miei obblighi" (registered in router.tsx before the catch-all), for logged-in people: my benefits and
 * obligations with my cases, and one case. Paths in features/condizionalita/condizionalita-paths.ts.
 */
export const condizionalitaRoutes: RouteObject[] = [
  {
    path: 'obblighi',
    element: (
      <RequireAuth>
        <ObligationsRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'obblighi/:caseId',
    element: (
      <RequireAuth>
        <ObligationCaseRoute />
      </RequireAuth>
    ),
  },
];
