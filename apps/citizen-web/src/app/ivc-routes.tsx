import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { ivcPath } from '../features/ivc/ivc-paths';

const IvcRoute = lazyPage(() => import('./routes/ivc'), 'IvcRoute');

/** "Validazione delle competenze" (logged in). */
export const ivcRoutes: RouteObject[] = [
  {
    path: ivcPath.slice(1),
    element: (
      <RequireAuth>
        <IvcRoute />
      </RequireAuth>
    ),
  },
];
