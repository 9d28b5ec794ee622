import { RouteErrorPage } from '@opencpi/ui';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { AbsencesRoute } from './routes/absences';
import { AgendaRoute } from './routes/agenda';
import { AvailabilityRoute } from './routes/availability';
import { CitizenDossierRoute } from './routes/citizen-dossier';
import { CitizensRoute } from './routes/citizens';
import { ConvocationRoute } from './routes/convocation';
import { ConvokeRoute } from './routes/convoke';
import { HelpRoute } from './routes/help';
import { InvitationsRoute } from './routes/invitations';
import { LoginRoute } from './routes/login';
import { LoginErrorRoute } from './routes/login-error';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';

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
            { path: 'accesso/errore', element: <LoginErrorRoute /> },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
