import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { IVREA, TORINO, benchmark, dashboard, operators, sessionAs } from '../../features/monitoring/monitoring.fixtures';
import { MainNav } from '../../features/navigation/components/main-nav';
import { DashboardRoute } from './dashboard';

/** The monitoring API as a manager (own office) or a region admin (all offices) gets it; records the dashboard's queries. */
function api(role: 'cpi_manager' | 'region_admin') {
  const own = role === 'cpi_manager' ? [TORINO] : [TORINO, IVREA];
  const dashboardQueries: URLSearchParams[] = [];
  server.use(
    sessionAs(role),
    http.get('/api/operator/monitoring/dashboard', ({ request }) => {
      const query = new URL(request.url).searchParams;
      dashboardQueries.push(query);
      const officeId = query.get('officeId');
      return HttpResponse.json(officeId ? dashboard('office', [officeId]) : dashboard(role === 'cpi_manager' ? 'offices' : 'region', own));
    }),
    http.get('/api/operator/monitoring/benchmark', () => HttpResponse.json(benchmark(own))),
    http.get('/api/operator/monitoring/offices/:officeId/operators', ({ params }) => HttpResponse.json({ ...operators, officeId: params['officeId'] })),
  );
  return dashboardQueries;
}

describe('/cruscotto', () => {
  it("a manager reads a chart, opens its table with the definition and sources, and exports the period's data", async () => {
    const queries = api('cpi_manager');
    renderWithApp(<DashboardRoute />, { app: 'operator', path: '/cruscotto?da=2026-09&a=2026-11' });
    const card = await screen.findByRole('region', { name: 'DID rilasciate' });
    expect(within(card).getByRole('img', { name: /DID rilasciate, I tuoi CPI: 42 nel periodo da set 2026 a nov 2026/ })).toBeInTheDocument();
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
    expect(card).toHaveTextContent('DID presentate nel periodo, per mese di presentazione.');
    expect(within(card).getByText('monitoring.patto_monthly')).toBeInTheDocument();
    expect(within(card).getByText('patto.dids')).toBeInTheDocument();

    const toggle = within(card).getByRole('button', { name: 'Mostra tabella' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Nascondi tabella');
    const table = within(card).getByRole('table', { name: 'DID rilasciate, I tuoi CPI, mese per mese' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Mese', 'Valore']);
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('set 2026');
    expect(rows[1]).toHaveTextContent('10');
    expect(rows.at(-1)).toHaveTextContent('Intero periodo42');
    await userEvent.click(toggle);
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();

    // a share shows its cases
    const share = screen.getByRole('region', { name: 'Primo contatto nei termini' });
    expect(share).toHaveTextContent('75% (30 su 40)');

    expect(screen.getByRole('link', { name: 'Scarica CSV' })).toHaveAttribute('href', '/api/operator/monitoring/export?format=csv&from=2026-09&to=2026-11');
    expect(screen.getByRole('link', { name: 'Scarica XLSX' })).toHaveAttribute('href', '/api/operator/monitoring/export?format=xlsx&from=2026-09&to=2026-11');
    expect(queries[0]?.get('from')).toBe('2026-09');
    expect(queries[0]?.get('to')).toBe('2026-11');
    expect(queries[0]?.has('officeId')).toBe(false);
  });

  it('a manager sees only their CPI against the regional median, drills into it from the table and back with the breadcrumb', async () => {
    const queries = api('cpi_manager');
    renderWithApp(<DashboardRoute />, { app: 'operator', path: '/cruscotto?da=2026-09&a=2026-11' });
    const compared = await screen.findByRole('table', { name: 'Primo contatto nei termini: CPI a confronto' });
    const rows = within(compared).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent("Centro per l'Impiego di Torino75%40Nel quartile migliore");
    expect(screen.getByText(/Mediana regionale: 60%; quartile migliore: 70% \(calcolati su 5 CPI\)/)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Livello del cruscotto' })).toHaveTextContent('I tuoi CPI');

    await userEvent.click(within(rows[0]!).getByRole('link', { name: "Centro per l'Impiego di Torino" }));
    await screen.findByRole('heading', { name: "Indicatori: Centro per l'Impiego di Torino" });
    expect(queries.at(-1)?.get('officeId')).toBe(TORINO);
    const crumbs = screen.getByRole('navigation', { name: 'Livello del cruscotto' });
    expect(within(crumbs).getByRole('link', { name: 'I tuoi CPI' })).toHaveAttribute('href', '/cruscotto?da=2026-09&a=2026-11');
    expect(within(crumbs).getByText("Centro per l'Impiego di Torino")).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Scarica CSV' })).toHaveAttribute('href', `/api/operator/monitoring/export?format=csv&from=2026-09&to=2026-11&officeId=${TORINO}`);

    // below the CPI: its operators; one of them → their figures and the worklist
    const operatorsCard = await screen.findByRole('region', { name: 'Appuntamenti svolti per operatore' });
    await userEvent.click(within(operatorsCard).getByRole('button', { name: 'Mostra tabella' }));
    await userEvent.click(within(operatorsCard).getByRole('link', { name: 'Luca Verdi' }));
    await screen.findByRole('heading', { level: 2, name: 'Luca Verdi' });
    expect(screen.getByRole('link', { name: 'Apri la presa in carico del CPI' })).toHaveAttribute('href', '/presa-in-carico');
    expect(within(screen.getByRole('navigation', { name: 'Livello del cruscotto' })).getByText('Luca Verdi')).toHaveAttribute('aria-current', 'page');

    await userEvent.click(within(screen.getByRole('navigation', { name: 'Livello del cruscotto' })).getByRole('link', { name: 'I tuoi CPI' }));
    await screen.findByRole('heading', { name: 'Indicatori: I tuoi CPI' });
  });

  it('a region admin compares every CPI and goes down to any of them', async () => {
    const queries = api('region_admin');
    renderWithApp(<DashboardRoute />, { app: 'operator', path: '/cruscotto?da=2026-09&a=2026-11' });
    const compared = await screen.findByRole('table', { name: 'Primo contatto nei termini: CPI a confronto' });
    expect(
      within(compared)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getByRole('rowheader').textContent),
    ).toEqual(["Centro per l'Impiego di Torino", "Centro per l'Impiego di Ivrea"]);
    expect(within(compared).getAllByRole('row')[2]).toHaveTextContent('Peggio della mediana');
    expect(screen.getByRole('navigation', { name: 'Livello del cruscotto' })).toHaveTextContent('Tutta la Regione');
    expect(screen.getByRole('img', { name: /Primo contatto nei termini per 2 CPI, con la mediana regionale \(60%\)/ })).toBeInTheDocument();

    // the bars drill on click (IndicatorChart's own test); the keyboard way: the list of CPIs above the indicators
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Scendi a un CPI' })).getByRole('link', { name: "Centro per l'Impiego di Ivrea" }));
    await screen.findByRole('heading', { name: "Indicatori: Centro per l'Impiego di Ivrea" });
    expect(queries.at(-1)?.get('officeId')).toBe(IVREA);
  });

  it('an operator gets no dashboard and no menu entry; managers and region admins get the entry', async () => {
    server.use(sessionAs('operator'));
    const { unmount } = renderWithApp(
      <>
        <MainNav />
        <DashboardRoute />
      </>,
      { app: 'operator', path: '/cruscotto' },
    );
    await screen.findByText('Il cruscotto è riservato ai responsabili dei CPI e agli amministratori regionali.');
    expect(screen.queryByRole('link', { name: 'Cruscotto' })).not.toBeInTheDocument();
    unmount();
    for (const role of ['cpi_manager', 'region_admin'] as const) {
      server.use(sessionAs(role));
      const view = renderWithApp(<MainNav />, { app: 'operator', path: '/cruscotto' });
      expect(await screen.findByRole('link', { name: 'Cruscotto' })).toHaveAttribute('href', '/cruscotto');
      expect(screen.getByRole('link', { name: 'Cruscotto' })).toHaveAttribute('aria-current', 'page');
      view.unmount();
    }
  });

  it('refuses a period that ends before it starts, without calling the API again', async () => {
    const queries = api('region_admin');
    renderWithApp(<DashboardRoute />, { app: 'operator', path: '/cruscotto?da=2026-09&a=2026-11' });
    await screen.findByRole('region', { name: 'DID rilasciate' });
    const calls = queries.length;
    const from = screen.getByLabelText('Dal mese');
    await userEvent.clear(from);
    await userEvent.type(from, '2026-12');
    await userEvent.click(screen.getByRole('button', { name: 'Mostra il periodo' }));
    expect(await screen.findByText('Il mese di inizio deve venire prima del mese di fine.')).toBeInTheDocument();
    expect(queries).toHaveLength(calls);
  });
});
