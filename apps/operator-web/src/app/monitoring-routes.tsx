import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { monitoringPaths } from '../features/monitoring/monitoring-paths';

const DashboardRoute = lazyPage(() => import('./routes/dashboard'), 'DashboardRoute');

/**
 * The managers' dashboard (registered in router.tsx before the catch-all). Loaded lazily: the page and the chart library
 * (recharts) are a chunk of their own, fetched only by the managers who open it.
 */
export const monitoringRoutes: RouteObject[] = [
  {
    path: monitoringPaths.dashboard.slice(1),
    element: (
      <RequireAuth>
        <DashboardRoute />
      </RequireAuth>
    ),
  },
];
