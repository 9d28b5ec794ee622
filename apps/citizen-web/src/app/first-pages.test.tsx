import { server } from '@opencpi/web-testing'; // first, as in every SPA test: it loads React in test mode
import { createI18n, itCitizenFirst, textsAreComplete } from '@opencpi/i18n';
import { AppRouter, lazyPage } from '@opencpi/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { isFirstPage } from './first-pages';
import { LoginRoute } from './routes/login';
import { RootLayout } from './routes/root-layout';

const HelpRoute = lazyPage(() => import('./routes/help'), 'HelpRoute');

/** The frame, the landing page and a page loaded lazily, as in router.tsx (made when rendering: made at import time, their JSX met React's production JSX runtime in this file). */
const routes = () => [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <LoginRoute /> },
      { path: 'aiuto', element: <HelpRoute /> },
    ],
  },
];

/** The citizen app at `path` as main.tsx starts it: Italian, only the texts bundled in the entry; a missing key shows as ⟦key⟧. */
async function startAt(path: string) {
  window.localStorage.clear();
  window.history.replaceState(null, '', path);
  const i18n = createI18n('citizen', { first: itCitizenFirst });
  await i18n.ready;
  i18n.options.parseMissingKeyHandler = (key: string) => `⟦${key}⟧`;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AppRouter routes={routes()} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return i18n;
}

const loggedOut = http.get('/api/auth/session', () => HttpResponse.json({ authenticated: false }));

describe('first pages render with the texts bundled in the entry', () => {
  it('knows the pages people open first: landing, invitation, "are you coming?", verification', () => {
    expect(['/', '/invito/abc', '/presenza/a1/s1', '/verifica', '/verifica/ABC-123'].every(isFirstPage)).toBe(true);
    expect(['/profilo', '/appuntamenti', '/invito', '/verifica/a/b', '/dati-aperti'].some(isFirstPage)).toBe(false);
  });

  it('shows the landing page, header and footer without a missing text while the rest is not loaded', async () => {
    server.use(loggedOut);
    await startAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: "Accedi ai servizi del Centro per l'Impiego" })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dati aperti' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Chi sei/ })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('⟦');
    // rendered from the bundled part alone: the whole Italian texts were not needed (main.tsx loads them afterwards)
    expect(textsAreComplete()).toBe(false);
  });

  it('renders any other page once every text is loaded: no key on screen', async () => {
    server.use(loggedOut);
    const i18n = await startAt('/aiuto');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    await screen.findByRole('main');
    expect(textsAreComplete()).toBe(true);
    expect(i18n.exists('agenda.list.title', { ns: 'citizen' })).toBe(true);
    expect(document.body.textContent).not.toContain('⟦');
  });
});
