import { createI18n } from '@opencpi/i18n';
import { allResources } from '@opencpi/i18n/testing';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';

/** Renders `ui` as an SPA renders it: i18n (Italian), TanStack Query (no retries), a router at `path`. */
export function renderWithApp(ui: ReactElement, { app = 'citizen', path = '/' }: { app?: 'citizen' | 'operator'; path?: string } = {}): RenderResult {
  const i18n = createI18n(app, { resources: allResources }); // synchronous: no chunk to wait for
  void i18n.changeLanguage('it');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

/** An RFC 9457 answer as the API's global filter writes it. */
export function problem(status: number, code: string, errors: { pointer: string; detail?: string; constraint?: string }[] = []) {
  return HttpResponse.json(
    {
      type: `https://opencpi.example.it/problems/${code}`,
      title: code,
      status,
      code,
      correlationId: 'test-correlation-id',
      errors: errors.map((e) => ({ detail: e.pointer, ...e })),
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** GET /api/public/matching/{kind}?q= answering `items` for any text. */
export function taxonomyHandler(kind: 'skills' | 'occupations' | 'comuni', items: unknown[]) {
  return http.get(`/api/public/matching/${kind}`, () => HttpResponse.json({ items }));
}
