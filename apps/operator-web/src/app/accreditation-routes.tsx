import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const AccreditationAgencyRoute = lazyPage(() => import('./routes/accreditation-agency'), 'AccreditationAgencyRoute');
const AccreditationRegistryRoute = lazyPage(() => import('./routes/accreditation-registry'), 'AccreditationRegistryRoute');

/** The accreditation registry of private agencies (registered in router.tsx before the catch-all); paths in features/accreditation/accreditation-paths.ts. */
export const accreditationRoutes: RouteObject[] = [
  {
    path: 'accreditamento',
    element: (
      <RequireAuth>
        <AccreditationRegistryRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'accreditamento/:agencyId',
    element: (
      <RequireAuth>
        <AccreditationAgencyRoute />
      </RequireAuth>
    ),
  },
];
