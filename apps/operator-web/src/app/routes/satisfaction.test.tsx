import type { SatisfactionResultsResponse } from '@opencpi/contracts';
import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { SatisfactionRoute } from './satisfaction';

const session = (role: string) =>
  http.get('/api/auth/session', () =>
    HttpResponse.json({ authenticated: true, csrfToken: 't', user: { fiscalCode: 'CLMPLA70E20C627O', name: 'Paolo', familyName: 'Colombo', roles: [role], spidLevel: 2 } }),
  );

const byOffice: SatisfactionResultsResponse = {
  groupBy: 'office',
  from: '2026-09-01',
  to: '2026-12-03',
  rows: [{ key: 'o1', label: "Centro per l'Impiego di Torino", answers: 3, meanRating: 4.33, ratingCounts: [0, 0, 0, 2, 1] }],
  totalAnswers: 3,
  meanRating: 4.33,
};

describe('/soddisfazione', () => {
  it('a manager reads the results by office, regroups by channel, and sees comments without names', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      session('cpi_manager'),
      http.get('/api/operator/surveys/results', ({ request }) => {
        const q = new URL(request.url).searchParams;
        queries.push(q);
        return q.get('groupBy') === 'channel'
          ? HttpResponse.json({ ...byOffice, groupBy: 'channel', rows: [{ key: 'video', answers: 3, meanRating: 4.33, ratingCounts: [0, 0, 0, 2, 1] }] })
          : HttpResponse.json(byOffice);
      }),
      http.get('/api/operator/surveys/comments', () =>
        HttpResponse.json({
          items: [{ answeredOn: '2026-12-01', officeName: "Centro per l'Impiego di Torino", serviceKind: 'certificate', channel: 'online', rating: 5, comment: 'Veloce.' }],
        }),
      ),
    );
    renderWithApp(<SatisfactionRoute />, { app: 'operator', path: '/soddisfazione' });
    const table = await screen.findByRole('table', { name: /Risultati per ufficio/ });
    const row = within(table).getByRole('row', { name: /Centro per l'Impiego di Torino/ });
    expect(row).toHaveTextContent('3');
    expect(row).toHaveTextContent('4,33');
    expect(row).toHaveTextContent('0 / 0 / 0 / 2 / 1');
    const comments = screen.getByRole('table', { name: /senza l'identità/ });
    expect(within(comments).getByText('Veloce.')).toBeInTheDocument();
    expect(within(comments).getByText('Certificato')).toBeInTheDocument();
    expect(within(comments).getByText('Online')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Raggruppa per'), 'channel');
    await userEvent.click(screen.getByRole('button', { name: 'Mostra' }));
    const byChannel = await screen.findByRole('table', { name: /Risultati per canale/ });
    expect(within(byChannel).getByRole('row', { name: /Videochiamata/ })).toBeInTheDocument();
    expect(queries.at(-1)?.get('groupBy')).toBe('channel');
  });

  it('refuses an end before the start without calling the API again', async () => {
    let calls = 0;
    server.use(
      session('region_admin'),
      http.get('/api/operator/surveys/results', () => {
        calls += 1;
        return HttpResponse.json(byOffice);
      }),
      http.get('/api/operator/surveys/comments', () => HttpResponse.json({ items: [] })),
    );
    renderWithApp(<SatisfactionRoute />, { app: 'operator', path: '/soddisfazione' });
    await screen.findByRole('table', { name: /Risultati per ufficio/ });
    const before = calls;
    await userEvent.clear(screen.getByLabelText('Al'));
    await userEvent.type(screen.getByLabelText('Al'), '2020-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Mostra' }));
    expect(await screen.findByText('La data di fine viene prima di quella di inizio.')).toBeInTheDocument();
    expect(calls).toBe(before);
    expect(screen.getByText('Nessun commento nel periodo.')).toBeInTheDocument();
  });

  it('an operator is told the results are for managers', async () => {
    server.use(session('operator'));
    renderWithApp(<SatisfactionRoute />, { app: 'operator', path: '/soddisfazione' });
    expect(await screen.findByText(/visibili solo ai responsabili/)).toBeInTheDocument();
  });
});
