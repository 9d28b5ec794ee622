import { createI18n, itCitizenFirst } from '@opencpi/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter, useRoutes, type RouteObject } from 'react-router-dom';
import { appRoutes } from './app/router';

function Pages({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

/**
 * The HTML of a first page as a person sees it before any answer of the API (Italian, logged out, data loading), put
 * into index.html at build time (tools/vite/prerender-first-page.mjs): the browser paints it before the JavaScript
 * runs, then main.tsx renders the same page over it.
 */
export function renderFirstPage(url: string): string {
  const i18n = createI18n('citizen', { first: itCitizenFirst });
  const queryClient = new QueryClient();
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <StaticRouter location={url}>
          <Pages routes={appRoutes} />
        </StaticRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
