import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { CompaniesRoute } from './routes/companies';
import { CompanyRoute } from './routes/company';

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
