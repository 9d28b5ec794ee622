import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { portabilityPath } from '../features/portability/portability-paths';
import { PortabilityRoute } from './routes/portability';

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
