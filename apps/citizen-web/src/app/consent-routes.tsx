import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { consentPath } from '../features/consent/consent-paths';
import { ConsentRoute } from './routes/consent';

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
