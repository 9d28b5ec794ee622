import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { delegationsPath } from '../features/delegations/delegations-paths';

const DelegationsRoute = lazyPage(() => import('./routes/delegations'), 'DelegationsRoute');

/** The route of "Chi mi assiste" (registered in router.tsx before the catch-all), for logged-in people. */
export const delegationsRoutes: RouteObject[] = [
  {
    path: delegationsPath.slice(1),
    element: (
      <RequireAuth>
        <DelegationsRoute />
      </RequireAuth>
    ),
  },
];
