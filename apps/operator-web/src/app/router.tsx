import { legalRoutes, RouteErrors, lazyPage } from '@opencpi/ui';
import { Outlet, type RouteObject } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { LoginRoute } from './routes/login';
import { RootLayout } from './routes/root-layout';
import { matchingRoutes } from './matching-routes';
import { condizionalitaRoutes } from './condizionalita-routes';
import { intermediariesRoutes } from './intermediaries-routes';
import { accreditationRoutes } from './accreditation-routes';
import { companiesRoutes } from './companies-routes';
import { campaignsRoutes } from './campaigns-routes';
import { ivcRoutes } from './ivc-routes';
import { monitoringRoutes } from './monitoring-routes';
import { surveysRoutes } from './surveys-routes';
import { portabilityRoutes } from './portability-routes';

const AbsencesRoute = lazyPage(() => import('./routes/absences'), 'AbsencesRoute');
const AgendaRoute = lazyPage(() => import('./routes/agenda'), 'AgendaRoute');
const AvailabilityRoute = lazyPage(() => import('./routes/availability'), 'AvailabilityRoute');
const CitizenDossierRoute = lazyPage(() => import('./routes/citizen-dossier'), 'CitizenDossierRoute');
const CitizenByFiscalCodeRoute = lazyPage(() => import('./routes/citizen-by-fiscal-code'), 'CitizenByFiscalCodeRoute');
const CitizensRoute = lazyPage(() => import('./routes/citizens'), 'CitizensRoute');
const ConvocationRoute = lazyPage(() => import('./routes/convocation'), 'ConvocationRoute');
const ConvokeRoute = lazyPage(() => import('./routes/convoke'), 'ConvokeRoute');
const EcoachRoute = lazyPage(() => import('./routes/ecoach'), 'EcoachRoute');
const EcoachPersonRoute = lazyPage(() => import('./routes/ecoach-person'), 'EcoachPersonRoute');
const HelpRoute = lazyPage(() => import('./routes/help'), 'HelpRoute');
const InvitationsRoute = lazyPage(() => import('./routes/invitations'), 'InvitationsRoute');
const LoginErrorRoute = lazyPage(() => import('./routes/login-error'), 'LoginErrorRoute');
const NewPattoRoute = lazyPage(() => import('./routes/new-patto'), 'NewPattoRoute');
const NotFoundRoute = lazyPage(() => import('./routes/not-found'), 'NotFoundRoute');
const PattoRoute = lazyPage(() => import('./routes/patto'), 'PattoRoute');
const PersonPathwayRoute = lazyPage(() => import('./routes/person-pathway'), 'PersonPathwayRoute');
const ReservedAreaRoute = lazyPage(() => import('./routes/reserved-area'), 'ReservedAreaRoute');
const WorklistRoute = lazyPage(() => import('./routes/worklist'), 'WorklistRoute');

export { paths } from './paths';

/** The app's pages (see AppRouter). */
export const appRoutes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        // errors while rendering a page are shown inside the layout
        element: (
          <RouteErrors>
            <Outlet />
          </RouteErrors>
        ),
        children: [
          { index: true, element: <LoginRoute /> },
          {
            path: 'cittadini',
            element: (
              <RequireAuth>
                <CitizensRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'cittadini/:citizenId',
            element: (
              <RequireAuth>
                <CitizenDossierRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'cittadini/codice-fiscale/:fiscalCode',
            element: (
              <RequireAuth>
                <CitizenByFiscalCodeRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'cittadini/:citizenId/percorso',
            element: (
              <RequireAuth>
                <PersonPathwayRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'cittadini/:citizenId/patto/nuovo',
            element: (
              <RequireAuth>
                <NewPattoRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'cittadini/:citizenId/area-riservata',
            element: (
              <RequireAuth>
                <ReservedAreaRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'presa-in-carico',
            element: (
              <RequireAuth>
                <WorklistRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'patti/:pattoId',
            element: (
              <RequireAuth>
                <PattoRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'ecoach',
            element: (
              <RequireAuth>
                <EcoachRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'ecoach/:citizenId',
            element: (
              <RequireAuth>
                <EcoachPersonRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'agenda',
            element: (
              <RequireAuth>
                <AgendaRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'agenda/disponibilita',
            element: (
              <RequireAuth>
                <AvailabilityRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'agenda/assenze',
            element: (
              <RequireAuth>
                <AbsencesRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'agenda/inviti',
            element: (
              <RequireAuth>
                <InvitationsRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'agenda/convoca',
            element: (
              <RequireAuth>
                <ConvokeRoute />
              </RequireAuth>
            ),
          },
          {
            path: 'agenda/convocazioni/:convocationId',
            element: (
              <RequireAuth>
                <ConvocationRoute />
              </RequireAuth>
            ),
          },
          { path: 'aiuto', element: <HelpRoute /> },
          ...legalRoutes(),
          { path: 'accesso/errore', element: <LoginErrorRoute /> },
          ...matchingRoutes,
          ...condizionalitaRoutes,
          ...intermediariesRoutes,
          ...accreditationRoutes,
          ...companiesRoutes,
          ...campaignsRoutes,
          ...ivcRoutes,
          ...monitoringRoutes,
          ...surveysRoutes,
          ...portabilityRoutes,
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
