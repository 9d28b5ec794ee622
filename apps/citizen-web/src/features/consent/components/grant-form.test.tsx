import { addDays, todayInRome } from '@opencpi/i18n';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { GrantForm } from './grant-form';

const AGENCY = { id: 'a9e00000-0000-4000-8000-000000000001', name: 'LavoroPiù S.r.l.', accreditationCode: 'PIE-APL-001' };
const inAMonth = addDays(todayInRome(), 30);
const agencies = (items: unknown[] = [AGENCY]) => http.get('/api/citizen/consent/agencies', () => HttpResponse.json({ items }));

describe("Dai il permesso a un'agenzia", () => {
  it('refuses a form without agency and data, and "Altro motivo" without words, without calling the API', async () => {
    let posted = false;
    server.use(
      agencies(),
      http.post('/api/citizen/consent/grants', () => ((posted = true), problem(500, 'UNKNOWN'))),
    );
    const user = userEvent.setup();
    renderWithApp(<GrantForm />);
    await user.selectOptions(await screen.findByLabelText('Per quale motivo'), 'other');
    await user.click(screen.getByRole('button', { name: 'Dai il permesso' }));
    await waitFor(() => expect(screen.getByLabelText('Agenzia')).toHaveAccessibleDescription("Scegli un'agenzia."));
    expect(screen.getByRole('group', { name: 'Quali dati può vedere' })).toHaveAccessibleDescription(/Scegli almeno un tipo di dati\./);
    expect(screen.getByLabelText('Descrivi il motivo')).toHaveAccessibleDescription(/Scrivi il motivo/);
    expect(screen.getByLabelText('Agenzia')).toHaveFocus();
    expect(posted).toBe(false);
  });

  it('sends one body with the chosen parts, purpose and last day, then says it is recorded', async () => {
    let body: unknown;
    server.use(
      agencies(),
      http.post('/api/citizen/consent/grants', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ items: [] }, { status: 201 });
      }),
      http.get('/api/citizen/consent/grants', () => HttpResponse.json({ items: [] })),
    );
    const user = userEvent.setup();
    renderWithApp(<GrantForm />);
    await user.selectOptions(await screen.findByLabelText('Agenzia'), 'LavoroPiù S.r.l. (accreditamento PIE-APL-001)');
    await user.click(screen.getByLabelText('Profilo professionale'));
    await user.click(screen.getByLabelText('Dichiarazione di disponibilità (DID)'));
    await user.selectOptions(screen.getByLabelText('Per quale motivo'), 'gol_pathway');
    const until = screen.getByLabelText('Fino a quando (ultimo giorno compreso)');
    await user.clear(until);
    await user.type(until, inAMonth);
    await user.click(screen.getByRole('button', { name: 'Dai il permesso' }));
    expect(await screen.findByText('Permesso registrato.')).toBeInTheDocument();
    expect(body).toEqual({ agencyId: AGENCY.id, parts: ['did', 'profile'], purpose: 'gol_pathway', validUntil: inAMonth });
  });

  it("shows the server's CONSENT_ALREADY_GRANTED", async () => {
    server.use(
      agencies(),
      http.post('/api/citizen/consent/grants', () => problem(409, 'CONSENT_ALREADY_GRANTED', [{ pointer: '/parts', constraint: 'unique' }])),
    );
    const user = userEvent.setup();
    renderWithApp(<GrantForm />);
    await user.selectOptions(await screen.findByLabelText('Agenzia'), AGENCY.id);
    await user.click(screen.getByLabelText('Profilo professionale'));
    await user.click(screen.getByRole('button', { name: 'Dai il permesso' }));
    expect(await screen.findByText(/Hai già un'autorizzazione attiva per questa agenzia/)).toBeInTheDocument();
  });

  it('says when the region has no accredited agency', async () => {
    server.use(agencies([]));
    renderWithApp(<GrantForm />);
    expect(await screen.findByText('Nella tua regione non ci sono agenzie accreditate a cui dare il permesso.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dai il permesso' })).not.toBeInTheDocument();
  });
});
