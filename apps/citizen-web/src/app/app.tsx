import { queryKeys } from '@opencpi/api-client';
import type { SessionResponse } from '@opencpi/contracts';
import { AppRouter, leaveForLogin } from '@opencpi/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
// the invitation and recall pages' styles with the app's: those pages are painted from the server's HTML before their
// chunk loads, and styles arriving with it would shift the painted page (1.7 KB)
import '../features/agenda/agenda.css';
import { i18n } from './i18n';
import { hydratePageData } from './page-data';
import { createQueryClient } from './query-client';
import { appRoutes, paths } from './router';

/**
 * On a 401 anywhere (UNAUTHENTICATED or SESSION_EXPIRED): the session is over, back to the login page, which says so.
 * The person's data is dropped once the page that showed it has unmounted (removing a query in use would refetch it).
 */
const queryClient = createQueryClient(() => {
  queryClient.setQueryData<SessionResponse>(queryKeys.auth.session(), { authenticated: false });
  leaveForLogin(paths.login, () => queryClient.removeQueries({ queryKey: queryKeys.citizen.all, type: 'inactive' }));
});

// texts the API writes in the reader's language (service names…: Accept-Language follows <html lang>) are fetched again
i18n.on('languageChanged', () => void queryClient.invalidateQueries());

// a page a server rendered with the API's answers (prerender.tsx renderLinkPage): the first render shows them
hydratePageData(queryClient);

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AppRouter routes={appRoutes} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
