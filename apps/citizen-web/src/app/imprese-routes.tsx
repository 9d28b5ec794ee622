import { lazyPage } from '@opencpi/ui';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { RequireEmployer } from '../features/imprese/components/require-employer';

const ContactRequestsRoute = lazyPage(() => import('./routes/contact-requests'), 'ContactRequestsRoute');
const ImpreseCompanyRoute = lazyPage(() => import('./routes/imprese-company'), 'ImpreseCompanyRoute');
const ImpreseRegisterRoute = lazyPage(() => import('./routes/imprese-register'), 'ImpreseRegisterRoute');
const ImpreseNewVacancyRoute = lazyPage(() => import('./routes/imprese-new-vacancy'), 'ImpreseNewVacancyRoute');
const ImpreseVacanciesRoute = lazyPage(() => import('./routes/imprese-vacancies'), 'ImpreseVacanciesRoute');
const ImpreseVacancyRoute = lazyPage(() => import('./routes/imprese-vacancy'), 'ImpreseVacancyRoute');

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
