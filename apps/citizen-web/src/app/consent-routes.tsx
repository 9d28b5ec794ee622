import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { consentPath } from '../features/consent/consent-paths';

const ConsentRoute = lazyPage(() => import('./routes/consent'), 'ConsentRoute');

/** The route of "Chi può vedere i miei dati" (registered in router.tsx before the catch-all), for logged-in people. */
export const consentRoutes: RouteObject[] = [
  {
    path: consentPath.slice(1),
    element: (
      <RequireAuth>
        <ConsentRoute />
      </RequireAuth>
    ),
  },
];
