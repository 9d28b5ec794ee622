import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { portabilityPath } from '../features/portability/portability-paths';

const PortabilityRoute = lazyPage(() => import('./routes/portability'), 'PortabilityRoute');

/** "Scarica i tuoi dati" (registered in router.tsx before the catch-all), for logged-in people. */
export const portabilityRoutes: RouteObject[] = [
  {
    path: portabilityPath.slice(1),
    element: (
      <RequireAuth>
        <PortabilityRoute />
      </RequireAuth>
    ),
  },
];
