import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const IntermediariesRegisterRoute = lazyPage(() => import('./routes/intermediaries-register'), 'IntermediariesRegisterRoute');
const IntermediaryPeopleRoute = lazyPage(() => import('./routes/intermediary-people'), 'IntermediaryPeopleRoute');
const IntermediaryPersonRoute = lazyPage(() => import('./routes/intermediary-person'), 'IntermediaryPersonRoute');
const PendingDelegationsRoute = lazyPage(() => import('./routes/pending-delegations'), 'PendingDelegationsRoute');

/**
 * Routes of the intermediaries (registered in router.tsx before the catch-all): an intermediary's operator's people and
 * one person; CPI staff's check of uploaded delegations; the region admin's register. Paths in features/intermediaries/intermediaries-paths.ts.
 */
export const intermediariesRoutes: RouteObject[] = [
  {
    path: 'assistiti',
    element: (
      <RequireAuth>
        <IntermediaryPeopleRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'assistiti/:citizenId',
    element: (
      <RequireAuth>
        <IntermediaryPersonRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'deleghe',
    element: (
      <RequireAuth>
        <PendingDelegationsRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'patronati',
    element: (
      <RequireAuth>
        <IntermediariesRegisterRoute />
      </RequireAuth>
    ),
  },
];
