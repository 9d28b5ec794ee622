import { RouteErrorPage } from '@opencpi/ui';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { CitizenDossierRoute } from './routes/citizen-dossier';
import { CitizensRoute } from './routes/citizens';
import { HelpRoute } from './routes/help';
import { LoginRoute } from './routes/login';
import { LoginErrorRoute } from './routes/login-error';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';

/** Paths of the operator app (the API redirects to /cittadini and /accesso/errore). */
export const paths = {
  login: '/',
  citizens: '/cittadini',
  citizen: (citizenId: string) => `/cittadini/${encodeURIComponent(citizenId)}`,
  help: '/aiuto',
  loginError: '/accesso/errore',
} as const;

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
            { path: 'aiuto', element: <HelpRoute /> },
            { path: 'accesso/errore', element: <LoginErrorRoute /> },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
