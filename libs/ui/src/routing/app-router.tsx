import { BrowserRouter, useNavigate, useRoutes, type NavigateFunction, type RouteObject } from 'react-router-dom';
import { sessionEnded } from '../auth/session-ended';

/** The app's navigate function, for code outside React (leaveForLogin). */
let navigate: NavigateFunction | undefined;

function Pages({ routes }: { routes: RouteObject[] }) {
  navigate = useNavigate();
  return useRoutes(routes);
}

/**
 * The app's pages: React Router in declarative mode (BrowserRouter + useRoutes over route objects). The pages load
 * their own data with TanStack Query and are split with lazyPage; the data router (loaders, actions, fetchers, route
 * `lazy`, `errorElement`: none needed, RouteErrors catches render errors) would add ~17 KB gzip to the first load.
 */
export function AppRouter({ routes }: { routes: RouteObject[] }) {
  return (
    <BrowserRouter>
      <Pages routes={routes} />
    </BrowserRouter>
  );
}

/**
 * The session is over (a 401 anywhere): back to the login page at `loginPath`, which says so. `dropData` removes the
 * person's data once the login page is shown, so after the page that showed it has unmounted (removing a query still
 * in use would refetch it).
 */
export function leaveForLogin(loginPath: string, dropData: () => void): void {
  if (!navigate || window.location.pathname === loginPath) {
    sessionEnded.mark();
    dropData();
    return;
  }
  sessionEnded.mark(dropData);
  navigate(loginPath, { replace: true });
}
