import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const CondizionalitaCaseRoute = lazyPage(() => import('./routes/condizionalita-case'), 'CondizionalitaCaseRoute');
const CondizionalitaCasesRoute = lazyPage(() => import('./routes/condizionalita-cases'), 'CondizionalitaCasesRoute');
const NationalSystemsQueueRoute = lazyPage(() => import('./routes/national-systems-queue'), 'NationalSystemsQueueRoute');

/**
 * Routes of the condizionalità pages (registered in router.tsx before the catch-all): the worklist of cases, one case,
 * and (managers) the queue of sends to the national systems. Paths in features/condizionalita/condizionalita-paths.ts.
 */
export const condizionalitaRoutes: RouteObject[] = [
  {
    path: 'condizionalita',
    element: (
      <RequireAuth>
        <CondizionalitaCasesRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'condizionalita/procedimenti/:caseId',
    element: (
      <RequireAuth>
        <CondizionalitaCaseRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'condizionalita/invii',
    element: (
      <RequireAuth>
        <NationalSystemsQueueRoute />
      </RequireAuth>
    ),
  },
];
