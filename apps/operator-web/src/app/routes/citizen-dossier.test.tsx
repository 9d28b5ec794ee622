import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CitizenDossierRoute } from './citizen-dossier';

const ID = '6f1c2b1e-9d7a-4c53-8f1e-2a4b5c6d7e8f';
const CITIZEN = {
  id: ID,
  fiscalCode: 'RSSMRA85T10L219G',
  givenName: 'Mario',
  familyName: 'Rossi',
  office: {
    id: 'o1',
    code: 'CPI-TO',
    name: "Centro per l'Impiego di Torino",
    address: 'Via Bologna 153',
    comuneIstat: '001272',
    comuneName: 'Torino',
    province: 'TO',
    latitude: 45.08,
    longitude: 7.69,
    openingHours: 'Lun–Ven 9:00–12:30',
    channels: ['in_person', 'video'],
  },
};
const OVERVIEW = {
  citizenId: ID,
  fiscalCode: CITIZEN.fiscalCode,
  name: 'Mario Rossi',
  did: {
    id: 'd1',
    status: 'active',
    filedAt: '2026-01-10T10:00:00Z',
    workCondition: 'unemployed',
    benefit: 'naspi',
    citizenship: 'IT',
    contactDeadline: '2026-01-25',
    contactDays: 15,
    education: [],
    jobs: [],
    languages: [],
    licences: [],
  },
  employmentStatus: { status: 'unemployed', since: '2026-01-01', monthsUnemployed: 2, derivation: [] },
  channel: { needsHelp: false },
  patto: {
    id: 'p1',
    citizenId: ID,
    citizenName: 'Mario Rossi',
    citizenFiscalCode: CITIZEN.fiscalCode,
    officeId: 'o1',
    officeName: 'CPI Torino',
    status: 'proposed',
    currentVersion: 1,
    versions: [],
  },
};
const APPOINTMENTS = [
  {
    id: 'a2',
    status: 'booked',
    serviceType: 'x',
    serviceName: 'Colloquio di orientamento',
    officeName: 'CPI Torino',
    startsAt: '2099-03-10T09:00:00Z',
    endsAt: '2099-03-10T09:30:00Z',
    localDate: '2099-03-10',
    localTime: '10:00',
    channel: 'video',
    changeable: true,
  },
  {
    id: 'a1',
    status: 'attended',
    serviceType: 'x',
    serviceName: 'Primo colloquio',
    officeName: 'CPI Torino',
    startsAt: '2026-01-20T09:00:00Z',
    endsAt: '2026-01-20T09:30:00Z',
    localDate: '2026-01-20',
    localTime: '10:00',
    channel: 'in_person',
    changeable: false,
  },
];
const event = (id: string, action: string) => ({
  id,
  occurredAt: `2026-03-0${Number(id) % 9 || 1}T10:00:00Z`,
  actorFiscalCode: 'VRDLCU78C15L219W',
  actorName: 'Luca Verdi',
  actorRole: 'operator',
  actorOfficeName: 'CPI Torino',
  action,
  resourceType: 'x',
  outcome: 'allowed',
});

function mockDossier() {
  const auditQueries: URLSearchParams[] = [];
  server.use(
    http.get(`/api/operator/registry/citizens/${ID}`, () => HttpResponse.json({ citizen: CITIZEN })),
    http.get(`/api/operator/patto/citizens/${ID}`, () => HttpResponse.json(OVERVIEW)),
    http.get(`/api/operator/agenda/citizens/${ID}/appointments`, () => HttpResponse.json({ items: APPOINTMENTS })),
    http.get(`/api/operator/certificazioni/citizens/${ID}/certificates`, () => HttpResponse.json({ items: [] })),
    http.get(`/api/operator/portability/citizens/${ID}/imports`, () => HttpResponse.json({ items: [] })),
    http.get(`/api/operator/agencies/citizens/${ID}/pathway`, () => HttpResponse.json({ assignments: [], services: [], sapSection6: [], assignableAgencies: [] })),
    http.get(`/api/operator/dossier/citizens/${ID}/timeline`, () => HttpResponse.json({ items: [] })),
    http.get(`/api/operator/registry/citizens/${ID}/audit-events`, ({ request }) => {
      const q = new URL(request.url).searchParams;
      auditQueries.push(q);
      return q.get('before') === '7'
        ? HttpResponse.json({ items: [event('5', 'citizen.dossier.read')] })
        : HttpResponse.json({ items: [event('8', 'dossier.document.uploaded'), event('7', 'brand.new.thing')], nextCursor: '7' });
    }),
  );
  return auditQueries;
}

function Where() {
  const { pathname, search } = useLocation();
  return <output data-testid="where">{pathname + search}</output>;
}

function renderDossier(path = `/cittadini/${ID}`) {
  return renderWithApp(
    <>
      <Routes>
        <Route path="/cittadini/:citizenId" element={<CitizenDossierRoute />} />
      </Routes>
      <Where />
    </>,
    { app: 'operator', path },
  );
}

describe('/cittadini/:id: the dossier as a summary with tabs', () => {
  it('sums the person up: fiscal code, office, DID, patto and the next appointment, each from its module', async () => {
    mockDossier();
    renderDossier();
    const summary = await screen.findByRole('region', { name: 'In sintesi' });
    expect(within(summary).getByText('RSSMRA85T10L219G')).toBeInTheDocument();
    expect(summary).toHaveTextContent("Centro per l'Impiego di Torino");
    expect(await within(summary).findByText('Attiva dal 10 gennaio 2026')).toBeInTheDocument();
    expect(summary).toHaveTextContent('Proposto, da firmare');
    expect(await within(summary).findByText('10 marzo 2099 alle 10:00: Colloquio di orientamento')).toBeInTheDocument();
  });

  it('opens the status tab first and keeps the chosen tab in the URL, with arrow keys moving between tabs', async () => {
    mockDossier();
    const user = userEvent.setup();
    renderDossier();
    const tablist = await screen.findByRole('tablist', { name: 'Sezioni del fascicolo' });
    expect(within(tablist).getByRole('tab', { name: 'Situazione' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { name: 'Dati anagrafici' })).toBeInTheDocument();

    await user.click(within(tablist).getByRole('tab', { name: 'Appuntamenti' }));
    expect(screen.getByTestId('where')).toHaveTextContent(`/cittadini/${ID}?tab=appointments`);
    const table = await screen.findByRole('table', { name: 'Appuntamenti della persona, dal più recente' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Appuntamenti');

    await user.keyboard('{ArrowRight}');
    expect(within(tablist).getByRole('tab', { name: 'Patto e piano' })).toHaveFocus();
    expect(screen.getByTestId('where')).toHaveTextContent('?tab=patto');
    expect(await screen.findByText('Stato del patto: Proposto, da firmare')).toBeInTheDocument();
  });

  it("shows the plan's actions in the patto tab once the patto is signed", async () => {
    mockDossier();
    server.use(
      http.get(`/api/operator/patto/citizens/${ID}`, () => HttpResponse.json({ ...OVERVIEW, patto: { ...OVERVIEW.patto, status: 'signed' } })),
      http.get(`/api/operator/ecoach/${ID}`, () =>
        HttpResponse.json({
          person: { citizenId: ID, fiscalCode: CITIZEN.fiscalCode, name: 'Mario Rossi', pathway: 1, activitiesLast30Days: 1, overdueActions: 0, alerts: [] },
          activities: [
            {
              id: 'pi1',
              source: 'patto',
              kind: 'job_search_workshop',
              title: 'Laboratorio di ricerca attiva',
              dueDate: '2026-04-01',
              status: 'todo',
              overdue: false,
              createdAt: '2026-03-01T10:00:00Z',
            },
          ],
        }),
      ),
    );
    renderDossier(`/cittadini/${ID}?tab=patto`);
    expect(await screen.findByRole('heading', { level: 2, name: "Piano d'azione e attività" })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: /Laboratorio di ricerca attiva/ })).toBeInTheDocument();
    expect(screen.getByText('Stato del patto: Firmato')).toBeInTheDocument();
  });

  it('opens the tab named in the URL', async () => {
    mockDossier();
    renderDossier(`/cittadini/${ID}?tab=appointments`);
    expect(await screen.findByRole('tab', { name: 'Appuntamenti' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows the access log in words, pages it with the cursor, and never shows an unknown code alone', async () => {
    const queries = mockDossier();
    const user = userEvent.setup();
    renderDossier(`/cittadini/${ID}?tab=activity`);
    const table = await screen.findByRole('table', { name: 'Chi ha consultato o modificato i dati' });
    expect(within(table).getByText('Documento caricato')).toBeInTheDocument();
    expect(within(table).queryByText('dossier.document.uploaded')).not.toBeInTheDocument();
    const unknown = within(table).getByText('Attività registrata').closest('td');
    expect(unknown).toHaveTextContent('brand.new.thing');
    expect(queries[0]?.get('limit')).toBe('20');

    await user.click(screen.getByRole('button', { name: 'Meno recenti' }));
    expect(await screen.findByText('Consultazione del fascicolo')).toBeInTheDocument();
    expect(screen.getByText('Pagina 2')).toBeInTheDocument();
    expect(queries.at(-1)?.get('before')).toBe('7');
    expect(screen.queryByRole('button', { name: 'Meno recenti' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Più recenti' }));
    expect(await screen.findByText('Documento caricato')).toBeInTheDocument();
  });
});
