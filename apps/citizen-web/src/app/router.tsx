import { RouteErrorPage } from '@opencpi/ui';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/require-auth';
import { HelpRoute } from './routes/help';
import { LoginRoute } from './routes/login';
import { LoginErrorRoute } from './routes/login-error';
import { NotFoundRoute } from './routes/not-found';
import { ProfileRoute } from './routes/profile';
import { RootLayout } from './routes/root-layout';

/** Paths of the citizen app (the API redirects to /profilo and /accesso/errore). */
export const paths = {
  login: '/',
  profile: '/profilo',
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
              path: 'profilo',
              element: (
                <RequireAuth>
                  <ProfileRoute />
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
