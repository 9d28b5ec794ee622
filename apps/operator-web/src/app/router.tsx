import { legalRoutes, RouteErrorPage } from '@opencpi/ui';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { AbsencesRoute } from './routes/absences';
import { AgendaRoute } from './routes/agenda';
import { AvailabilityRoute } from './routes/availability';
import { CitizenDossierRoute } from './routes/citizen-dossier';
import { CitizensRoute } from './routes/citizens';
import { ConvocationRoute } from './routes/convocation';
import { ConvokeRoute } from './routes/convoke';
import { EcoachRoute } from './routes/ecoach';
import { EcoachPersonRoute } from './routes/ecoach-person';
import { HelpRoute } from './routes/help';
import { InvitationsRoute } from './routes/invitations';
import { LoginRoute } from './routes/login';
import { LoginErrorRoute } from './routes/login-error';
import { NewPattoRoute } from './routes/new-patto';
import { NotFoundRoute } from './routes/not-found';
import { PattoRoute } from './routes/patto';
import { PersonPathwayRoute } from './routes/person-pathway';
import { ReservedAreaRoute } from './routes/reserved-area';
import { RootLayout } from './routes/root-layout';
import { WorklistRoute } from './routes/worklist';
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

export { paths } from './paths';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      children: [
        {
          // errors while rendering a page are shown inside the layout
          errorElement: <RouteErrorPage />,
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
  ]);
}
