import { lazyPage } from '@opencpi/ui';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';

const CompaniesRoute = lazyPage(() => import('./routes/companies'), 'CompaniesRoute');
const CompanyRoute = lazyPage(() => import('./routes/company'), 'CompanyRoute');

/** Routes of the company desk (registered in router.tsx before the catch-all). Paths in features/companies/companies-paths.ts. */
export const companiesRoutes: RouteObject[] = [
  {
    path: 'imprese',
    element: (
      <RequireAuth>
        <CompaniesRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'imprese/:companyId',
    element: (
      <RequireAuth>
        <CompanyRoute />
      </RequireAuth>
    ),
  },
];
