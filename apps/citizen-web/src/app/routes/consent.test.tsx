import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConsentRoute } from './consent';

const AGENCY_ID = 'a9e00000-0000-4000-8000-000000000001';
const grant = (over: Record<string, unknown> = {}) => ({
  id: 'c0a5e000-0000-4000-8000-000000000001',
  agencyId: AGENCY_ID,
  agencyName: 'LavoroPiù S.r.l.',
  part: 'profile',
  purpose: 'job_placement',
  validFrom: '2026-03-01',
  validUntil: '2026-08-31',
  source: 'citizen',
  grantedAt: '2026-03-01T09:00:00Z',
  state: 'active',
  ...over,
});
const READ = {
  id: '101',
  occurredAt: '2026-03-02T10:15:00Z',
  agencyName: 'LavoroPiù S.r.l.',
  agencyId: AGENCY_ID,
  part: 'profile',
  purpose: 'job_placement',
  action: 'agency.person.read',
  outcome: 'allowed',
};

/** The page's API: my grants, the agencies' reads, the agencies of my region, my profile (for "Preferisco andare di persona"). */
function mockConsent({ grants = [] as unknown[], reads = [] as unknown[] } = {}) {
  server.use(
    http.get('/api/citizen/consent/grants', () => HttpResponse.json({ items: grants })),
    http.get('/api/citizen/consent/access-log', () => HttpResponse.json({ items: reads })),
    http.get('/api/citizen/consent/agencies', () => HttpResponse.json({ items: [{ id: AGENCY_ID, name: 'LavoroPiù S.r.l.', accreditationCode: 'PIE-APL-001' }] })),
    http.get('/api/citizen/registry/profile', () => HttpResponse.json({ fiscalCode: 'RSSMRA85T10L219G', givenName: 'Mario', familyName: 'Rossi' })),
  );
}

describe('/chi-vede-i-miei-dati: who can see my data', () => {
  it('says that no agency can see my data and none has read it, and offers help and the desk', async () => {
    mockConsent();
    renderWithApp(<ConsentRoute />);
    expect(await screen.findByText('Nessuna agenzia può vedere i tuoi dati.')).toBeInTheDocument();
    expect(await screen.findByText('Nessuna agenzia ha letto i tuoi dati.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Chi può vedere i miei dati', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Come ottenere aiuto' })).toHaveAttribute('href', '/aiuto');
    expect(screen.getByRole('heading', { name: /Preferisco andare di persona/ })).toBeInTheDocument();
  });

  it('lists a grant in force and the reads of my data, and revokes the grant after confirmation', async () => {
    mockConsent({ grants: [grant()], reads: [READ] });
    let revoked: string | undefined;
    server.use(
      http.post('/api/citizen/consent/grants/:grantId/revoke', ({ params }) => {
        revoked = String(params.grantId);
        server.use(http.get('/api/citizen/consent/grants', () => HttpResponse.json({ items: [grant({ state: 'revoked', revokedAt: '2026-03-03T08:00:00Z' })] })));
        return HttpResponse.json(grant({ state: 'revoked', revokedAt: '2026-03-03T08:00:00Z' }));
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ConsentRoute />);
    const list = await screen.findByRole('list', { name: 'Le autorizzazioni in corso' });
    expect(within(list).getByText('Profilo professionale')).toBeInTheDocument();
    expect(within(list).getByText('Cercarmi un lavoro')).toBeInTheDocument();
    expect(within(list).getByText('Attiva')).toBeInTheDocument();

    const log = await screen.findByRole('table', { name: 'Le letture dei tuoi dati da parte delle agenzie' });
    expect(within(log).getByText('LavoroPiù S.r.l.')).toBeInTheDocument();
    expect(within(log).getByText('Profilo professionale')).toBeInTheDocument();

    // "Revoca" asks first; "No" keeps the grant
    await user.click(within(list).getByRole('button', { name: 'LavoroPiù S.r.l.: revoca il permesso di vedere «Profilo professionale»' }));
    expect(within(list).getByText(/Vuoi togliere a LavoroPiù S.r.l. il permesso/)).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'No, lascia com’è' }));
    expect(revoked).toBeUndefined();

    await user.click(within(list).getByRole('button', { name: /revoca il permesso/ }));
    await user.click(within(list).getByRole('button', { name: 'Sì, revoca' }));
    expect(await screen.findByText('Permesso revocato: LavoroPiù S.r.l. non può più vedere «Profilo professionale».')).toBeInTheDocument();
    expect(revoked).toBe(grant().id);
    await waitFor(() => expect(screen.getByText('Nessuna agenzia può vedere i tuoi dati.')).toBeInTheDocument());
    const past = screen.getByRole('table', { name: 'Le autorizzazioni revocate o scadute' });
    expect(within(past).getByText('Revocata')).toBeInTheDocument();
  });

  it('shows revoked and expired grants only among the past ones, without a revoke button', async () => {
    mockConsent({ grants: [grant({ state: 'revoked', revokedAt: '2026-03-03T08:00:00Z' }), grant({ id: 'c0a5e000-0000-4000-8000-000000000002', part: 'did', state: 'expired' })] });
    renderWithApp(<ConsentRoute />);
    const past = await screen.findByRole('table', { name: 'Le autorizzazioni revocate o scadute' });
    expect(within(past).getByText('Revocata')).toBeInTheDocument();
    expect(within(past).getByText('Scaduta')).toBeInTheDocument();
    expect(screen.getByText('Nessuna agenzia può vedere i tuoi dati.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /revoca il permesso/ })).not.toBeInTheDocument();
  });

  it('says why a revocation failed and keeps the grant', async () => {
    mockConsent({ grants: [grant()] });
    server.use(http.post('/api/citizen/consent/grants/:grantId/revoke', () => problem(409, 'CONSENT_ALREADY_REVOKED')));
    const user = userEvent.setup();
    renderWithApp(<ConsentRoute />);
    const list = await screen.findByRole('list', { name: 'Le autorizzazioni in corso' });
    await user.click(within(list).getByRole('button', { name: /revoca il permesso/ }));
    await user.click(within(list).getByRole('button', { name: 'Sì, revoca' }));
    expect(await within(list).findByText('Questa autorizzazione è già stata revocata.')).toBeInTheDocument();
  });
});
