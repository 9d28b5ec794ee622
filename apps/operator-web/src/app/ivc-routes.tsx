import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const IvcAssessmentsRoute = lazyPage(() => import('./routes/ivc-assessments'), 'IvcAssessmentsRoute');
const IvcCaseRoute = lazyPage(() => import('./routes/ivc-case'), 'IvcCaseRoute');
const IvcCasesRoute = lazyPage(() => import('./routes/ivc-cases'), 'IvcCasesRoute');

/**
 * Routes of the validation of competences (registered in router.tsx before the catch-all): the requests of my offices,
 * the assessor's cases, one case. Paths in features/ivc/ivc-paths.ts.
 */
export const ivcRoutes: RouteObject[] = [
  {
    path: 'validazione-competenze',
    element: (
      <RequireAuth>
        <IvcCasesRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'validazione-competenze/valutazioni',
    element: (
      <RequireAuth>
        <IvcAssessmentsRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'validazione-competenze/casi/:caseId',
    element: (
      <RequireAuth>
        <IvcCaseRoute />
      </RequireAuth>
    ),
  },
];
