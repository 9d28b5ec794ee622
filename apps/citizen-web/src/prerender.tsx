import { ApiProblem, configureApiClient } from '@opencpi/api-client';
import { createI18n, itCitizenFirst, type AppI18n } from '@opencpi/i18n';
import { loadPagesFor } from '@opencpi/ui';
import { dehydrate, QueryClient, QueryClientProvider, type FetchQueryOptions } from '@tanstack/react-query';
import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter, useRoutes, type RouteObject } from 'react-router-dom';
import { isFirstPage } from './app/first-pages';
import { PAGE_DATA_ID } from './app/page-data';
import { appRoutes } from './app/router';
import { invitationQuery } from './features/agenda/api/use-invitation';
import { recallQuery } from './features/agenda/api/use-recall';
import { verifyCodeQuery } from './features/certificates/api/use-verify-code';

function Pages({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

function renderPage(url: string, i18n: AppI18n, queryClient: QueryClient): string {
  // the same boundary as start.tsx's around the app (hydrated in slices)
  return renderToString(
    <Suspense fallback={null}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <StaticRouter location={url}>
            <Pages routes={appRoutes} />
          </StaticRouter>
        </QueryClientProvider>
      </I18nextProvider>
    </Suspense>,
  );
}

/**
 * The HTML of a first page as a person sees it before any answer of the API (Italian, logged out, data loading), put
 * into index.html at build time (tools/vite/prerender-first-page.mjs): the browser paints it before the JavaScript
 * runs, then main.tsx renders the same page over it.
 */
export function renderFirstPage(url: string): string {
  return renderPage(url, createI18n('citizen', { first: itCitizenFirst }), new QueryClient());
}

const segment = (value: string | undefined) => decodeURIComponent(value ?? '');
/** Asks the API what the query asks (retry: no) and answers the query's key. */
async function prefetch<T, K extends readonly unknown[]>(client: QueryClient, query: FetchQueryOptions<T, Error, T, K>): Promise<K> {
  await client.prefetchQuery({ ...query, retry: false });
  return query.queryKey;
}
/** What each page opened from a link shows from the API: the same query (key and call) its hook runs in the browser. */
const PAGE_DATA: { path: RegExp; load: (client: QueryClient, match: RegExpExecArray) => Promise<readonly unknown[]> }[] = [
  { path: /^\/invito\/([^/]+)$/, load: (client, m) => prefetch(client, invitationQuery(segment(m[1]))) },
  { path: /^\/presenza\/([^/]+)\/([^/]+)$/, load: (client, m) => prefetch(client, recallQuery(segment(m[1]), segment(m[2]))) },
  { path: /^\/verifica\/([^/]+)$/, load: (client, m) => prefetch(client, verifyCodeQuery(segment(m[1]))) },
];

export interface LinkPageOptions {
  /** where the API answers, e.g. http://api:3000 (its /api/public/… routes, no session) */
  apiOrigin: string;
  /** longer than this, the page is rendered loading and the browser asks the API itself (default 1500 ms) */
  timeoutMs?: number;
}

/** The server's texts: the whole Italian, loaded once (a page opened from a link is rendered in Italian). */
let serverTexts: Promise<AppI18n> | undefined;
let configuredOrigin: string | undefined;

/**
 * A page people open from a link (an invitation, the "are you coming?" message, a certificate's QR code, the
 * verification form) rendered on the server with the API's answer, so that the browser paints it from the HTML (issue
 * 17: LCP ≤ 2.0 s on a slow phone) instead of after the app, the page's chunk, the texts and the API call. `shellHtml`
 * is app.html; the answer goes into it as JSON (#page-data): the app reads it (hydratePageData) and renders the same
 * page over the HTML, without asking again before showing it. Resolves to undefined for any other address.
 *
 * An answer of the API (the data, or a 4xx problem such as "this link is no longer valid") is rendered and handed over;
 * no answer in time (API down, 5xx) renders the page loading, as the browser's first render would, and the browser
 * then asks the API itself. Runs in the `vite preview` middleware and in the production server (apps/citizen-web/server).
 */
export async function renderLinkPage(shellHtml: string, url: string, options: LinkPageOptions): Promise<string | undefined> {
  const { pathname } = new URL(url, 'http://localhost');
  if (pathname === '/' || !isFirstPage(pathname)) return undefined;
  if (!shellHtml.includes('<div id="root"></div>')) throw new Error('renderLinkPage: the shell has no empty <div id="root"></div>');
  if (configuredOrigin !== options.apiOrigin) {
    const timeoutMs = options.timeoutMs ?? 1500;
    configureApiClient({
      baseUrl: options.apiOrigin,
      fetch: (request) => globalThis.fetch(request, { signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]) }),
    });
    configuredOrigin = options.apiOrigin;
  }
  const i18n = await (serverTexts ??= (async () => {
    const instance = createI18n('citizen');
    await instance.complete;
    return instance;
  })());
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const page of PAGE_DATA) {
    const match = page.path.exec(pathname);
    if (!match) continue;
    const queryKey = await page.load(queryClient, match);
    // no answer: rendered loading, like the browser's first render (which then asks the API itself)
    const state = queryClient.getQueryState(queryKey);
    if (state?.status === 'error' && !isAnswer(state.error)) queryClient.removeQueries({ queryKey, exact: true });
  }
  await loadPagesFor(pathname);
  const html = renderPage(url, i18n, queryClient);
  const state = dehydrate(queryClient, { shouldDehydrateQuery: (q) => q.state.status === 'success' || (q.state.status === 'error' && isAnswer(q.state.error)) });
  // JSON inside <script>: "<" escaped so that no value can close the element
  const data = JSON.stringify(state).replace(/</g, '\\u003c');
  return shellHtml.replace('<div id="root"></div>', `<div id="root" inert>${html}</div><script type="application/json" id="${PAGE_DATA_ID}">${data}</script>`);
}

/** A problem the API answered about the request itself (404 not found, 410 expired…), as the page shows it. */
const isAnswer = (error: unknown): error is ApiProblem => error instanceof ApiProblem && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
