import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { RequireEmployer } from '../features/imprese/components/require-employer';
import { ContactRequestsRoute } from './routes/contact-requests';
import { ImpreseCompanyRoute } from './routes/imprese-company';
import { ImpreseRegisterRoute } from './routes/imprese-register';
import { ImpreseNewVacancyRoute } from './routes/imprese-new-vacancy';
import { ImpreseVacanciesRoute } from './routes/imprese-vacancies';
import { ImpreseVacancyRoute } from './routes/imprese-vacancy';

/** A page of the company area: SPID login first, then the `employer` role. */
const forEmployers = (page: ReactNode) => (
  <RequireAuth>
    <RequireEmployer>{page}</RequireEmployer>
  </RequireAuth>
);

/** Routes of the imprese pages (registered in router.tsx before the catch-all). */
export const impreseRoutes: RouteObject[] = [
  { path: 'imprese', element: forEmployers(<ImpreseVacanciesRoute />) },
  { path: 'imprese/offerte/nuova', element: forEmployers(<ImpreseNewVacancyRoute />) },
  { path: 'imprese/offerte/:vacancyId', element: forEmployers(<ImpreseVacancyRoute />) },
  // the company's own pages: open before approval (registration, status), so only SPID/CIE login is required
  {
    path: 'imprese/registrazione',
    element: (
      <RequireAuth>
        <ImpreseRegisterRoute />
      </RequireAuth>
    ),
  },
  {
    path: 'imprese/azienda',
    element: (
      <RequireAuth>
        <ImpreseCompanyRoute />
      </RequireAuth>
    ),
  },
  // a person's answers to companies that found their anonymous profile
  {
    path: 'contatti-aziende',
    element: (
      <RequireAuth>
        <ContactRequestsRoute />
      </RequireAuth>
    ),
  },
];
