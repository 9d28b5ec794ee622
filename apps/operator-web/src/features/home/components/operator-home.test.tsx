import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { OperatorHome } from './operator-home';

const OFFICE = '11111111-1111-4111-8111-111111111111';
const MARIO = '22222222-2222-4222-8222-222222222222';
const ANNA = '33333333-3333-4333-8333-333333333333';
const ME = { staffId: 'staff-luca', fiscalCode: 'VRDLCU78C15L219W', givenName: 'Luca', familyName: 'Verdi', role: 'operator', offices: [{ id: OFFICE, name: 'CPI Torino' }] };

const appointment = (id: string, time: string, name: string, fiscalCode: string, status = 'booked') => ({
  id,
  status,
  serviceType: 'colloquio',
  serviceName: 'Colloquio di orientamento',
  officeName: 'CPI Torino',
  startsAt: `2026-03-02T${time}:00+01:00`,
  endsAt: `2026-03-02T${time}:30+01:00`,
  localDate: '2026-03-02',
  localTime: time,
  channel: id === 'a2' ? 'video' : 'in_person',
  changeable: true,
  citizenName: name,
  citizenFiscalCode: fiscalCode,
});

function mockHome({ unread = [] as unknown[], cases = [] as unknown[] } = {}) {
  const calls: URL[] = [];
  server.use(
    http.get('/api/operator/registry/me', () => HttpResponse.json(ME)),
    http.get('/api/operator/agenda/calendar', ({ request }) => {
      calls.push(new URL(request.url));
      return HttpResponse.json({
        items: [
          {
            slotId: 's2',
            operatorId: 'staff-luca',
            operatorName: 'Luca Verdi',
            serviceName: 'x',
            startsAt: '',
            localDate: '2026-03-02',
            localTime: '11:00',
            capacity: 1,
            appointments: [appointment('a2', '11:00', 'Anna Neri', 'NRENNA80A41L219X')],
          },
          {
            slotId: 's1',
            operatorId: 'staff-luca',
            operatorName: 'Luca Verdi',
            serviceName: 'x',
            startsAt: '',
            localDate: '2026-03-02',
            localTime: '09:00',
            capacity: 2,
            appointments: [appointment('a1', '09:00', 'Mario Rossi', 'RSSMRA85T10L219G'), appointment('a0', '09:00', 'Gino Gialli', 'GLLGNI70A01L219X', 'cancelled')],
          },
        ],
      });
    }),
    http.get('/api/operator/patto/worklist', () =>
      HttpResponse.json({
        items: [
          {
            citizenId: ANNA,
            fiscalCode: 'NRENNA80A41L219X',
            name: 'Anna Neri',
            officeName: 'CPI Torino',
            didFiledAt: '2026-02-01T10:00:00Z',
            benefit: 'none',
            contactDeadline: '2026-03-10',
            daysOverdue: -8,
            state: 'due',
            needsHelp: false,
          },
          {
            citizenId: MARIO,
            fiscalCode: 'RSSMRA85T10L219G',
            name: 'Mario Rossi',
            officeName: 'CPI Torino',
            didFiledAt: '2026-01-01T10:00:00Z',
            benefit: 'naspi',
            contactDeadline: '2026-01-16',
            daysOverdue: 45,
            state: 'overdue',
            needsHelp: false,
          },
        ],
      }),
    ),
    http.get('/api/operator/agenda/invitations', () =>
      HttpResponse.json({
        items: [
          {
            id: 'i1',
            citizenFiscalCode: 'VRDGPP90A01L219X',
            citizenName: 'Giuseppe Verdi',
            serviceType: 'x',
            serviceName: 'Primo colloquio',
            officeId: OFFICE,
            status: 'sent',
            expiresAt: '2026-03-05T23:00:00Z',
            createdAt: '2026-02-25T10:00:00Z',
          },
          {
            id: 'i2',
            citizenFiscalCode: 'BNCLRA90A41L219X',
            citizenName: 'Lara Bianchi',
            serviceType: 'x',
            serviceName: 'Primo colloquio',
            officeId: OFFICE,
            status: 'booked',
            expiresAt: '2026-03-05T23:00:00Z',
            createdAt: '2026-02-25T10:00:00Z',
          },
        ],
      }),
    ),
    http.get('/api/operator/agenda/convocations', () => HttpResponse.json({ items: [] })),
    http.get('/api/operator/condizionalita/cases', ({ request }) =>
      HttpResponse.json({ items: new URL(request.url).searchParams.get('state') === 'open' ? cases : [], total: cases.length, limit: 8, offset: 0 }),
    ),
    http.get('/api/operator/ivc/cases', () =>
      HttpResponse.json({
        items: [
          {
            id: 'v1',
            state: 'identification',
            citizenId: MARIO,
            citizenName: 'Mario Rossi',
            qualificationCode: 'Q1',
            qualificationTitle: 'Operatore della ristorazione',
            requestedAt: '2026-02-20T10:00:00Z',
            guideName: 'Luca Verdi',
          },
          {
            id: 'v2',
            state: 'validation',
            citizenId: ANNA,
            citizenName: 'Anna Neri',
            qualificationCode: 'Q2',
            qualificationTitle: 'Saldatore',
            requestedAt: '2026-02-21T10:00:00Z',
            guideName: 'Paola Blu',
          },
        ],
      }),
    ),
    http.get('/api/operator/ecoach', () => HttpResponse.json({ inactivityDays: 14, items: [] })),
    http.get('/api/operator/dossier/unread-messages', () => HttpResponse.json({ items: unread })),
  );
  return calls;
}

const block = async (name: string) => screen.findByRole('region', { name });

describe('operator home: the day of the logged-in operator', () => {
  it("lists today's appointments of the operator in time order, without the cancelled ones, names linking to the dossier", async () => {
    const calls = mockHome();
    renderWithApp(<OperatorHome />, { app: 'operator', path: '/cittadini' });
    const table = await within(await block('Appuntamenti di oggi')).findByRole('table', { name: 'I tuoi appuntamenti di oggi' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '09:00Mario RossiColloquio di orientamentoIn presenzaPrenotato',
      '11:00Anna NeriColloquio di orientamentoVideochiamataPrenotato',
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Mario Rossi' })).toHaveAttribute('href', '/cittadini/codice-fiscale/RSSMRA85T10L219G');
    expect(calls[0]?.searchParams.get('operatorId')).toBe('staff-luca');
    expect(calls[0]?.searchParams.get('days')).toBe('1');
  });

  it('puts overdue DIDs first in the contact worklist, then by date, with unanswered invitations only', async () => {
    mockHome();
    renderWithApp(<OperatorHome />, { app: 'operator', path: '/cittadini' });
    const table = await within(await block('Da contattare')).findByRole('table', { name: 'Persone da contattare' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Mario RossiDID senza primo contatto, in ritardo di 45 giorni');
    expect(within(rows[0]!).getByRole('link', { name: 'Mario Rossi' })).toHaveAttribute('href', `/cittadini/${MARIO}`);
    expect(rows[1]).toHaveTextContent('Giuseppe VerdiInvito a prenotare senza risposta: Primo colloquio');
    expect(rows[2]).toHaveTextContent('Anna NeriDID senza primo contatto');
    expect(table).not.toHaveTextContent('Lara Bianchi'); // her invitation was booked
  });

  it('shows the cases I follow (IVC I guide) and the open condizionalità cases, with links to each case', async () => {
    mockHome({
      cases: [
        {
          id: 'c1',
          state: 'open',
          breachCode: 'missed_appointment',
          benefit: 'naspi',
          occurredOn: '2026-02-10',
          deadline: '2026-02-25',
          windowOpen: true,
          openedAt: '2026-02-11T08:00:00Z',
          citizenId: ANNA,
          citizenName: 'Anna Neri',
        },
      ],
    });
    renderWithApp(<OperatorHome />, { app: 'operator', path: '/cittadini' });
    const table = await within(await block('Casi e avvisi')).findByRole('table', { name: 'Casi e avvisi da seguire' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Mario Rossi', 'Anna Neri']); // by date: 20 Feb, 25 Feb
    expect(within(rows[0]!).getByRole('link', { name: 'Validazione delle competenze: Operatore della ristorazione' })).toHaveAttribute('href', '/validazione-competenze/casi/v1');
    expect(within(rows[1]!).getByRole('link', { name: /^Condizionalità: / })).toHaveAttribute('href', '/condizionalita/procedimenti/c1');
    expect(table).not.toHaveTextContent('Saldatore'); // guided by someone else
  });

  it('lists who wrote, a person opening on the dossier messages tab, a company on its page', async () => {
    mockHome({
      unread: [
        { kind: 'citizen', id: MARIO, name: 'Mario Rossi', fiscalCode: 'RSSMRA85T10L219G', unread: 2, lastSentAt: '2026-03-02T08:15:00Z' },
        { kind: 'company', id: 'co1', name: 'Rossi Srl', unread: 1, lastSentAt: '2026-03-01T08:15:00Z' },
      ],
    });
    renderWithApp(<OperatorHome />, { app: 'operator', path: '/cittadini' });
    const table = await within(await block('Messaggi da leggere')).findByRole('table', { name: 'Persone e aziende che hanno scritto' });
    expect(within(table).getByRole('link', { name: 'Mario Rossi' })).toHaveAttribute('href', `/cittadini/${MARIO}?tab=documents`);
    expect(within(table).getByRole('link', { name: 'Rossi Srl' })).toHaveAttribute('href', '/imprese/co1');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('02/03/2026, 09:15');
  });

  it('says when a block is empty, and shows an error in one block without hiding the others', async () => {
    mockHome();
    server.use(http.get('/api/operator/dossier/unread-messages', () => problem(500, 'INTERNAL')));
    renderWithApp(<OperatorHome />, { app: 'operator', path: '/cittadini' });
    const messages = await block('Messaggi da leggere');
    expect(await within(messages).findByRole('button', { name: /riprova/i })).toBeInTheDocument();
    expect(await within(await block('Appuntamenti di oggi')).findByRole('table')).toBeInTheDocument();
  });
});
