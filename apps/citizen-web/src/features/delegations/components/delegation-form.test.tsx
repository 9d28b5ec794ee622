import { addDays, todayInRome } from '@opencpi/i18n';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { DelegationForm } from './delegation-form';

const PATRONATO = { id: '1e7e0000-0000-4000-8000-000000000001', name: 'Patronato Lavoro Sicuro – Moncalieri', kind: 'patronato', fiscalCode: '97000000011', operators: [] };
const inAMonth = addDays(todayInRome(), 30);
const organisations = (items: unknown[] = [PATRONATO]) => http.get('/api/citizen/intermediaries/organisations', () => HttpResponse.json({ items }));

describe('Delega chi ti assiste', () => {
  it('refuses a form without organisation and scopes, and a last day beyond a year, without calling the API', async () => {
    let posted = false;
    server.use(
      organisations(),
      http.post('/api/citizen/intermediaries/delegations', () => ((posted = true), problem(500, 'UNKNOWN'))),
    );
    const user = userEvent.setup();
    renderWithApp(<DelegationForm />);
    const until = await screen.findByLabelText('Fino al (compreso)');
    await user.clear(until);
    await user.type(until, addDays(todayInRome(), 400));
    await user.click(screen.getByRole('button', { name: 'Delega' }));
    await waitFor(() => expect(screen.getByLabelText('Ente')).toHaveAccessibleDescription("Scegli l'ente da delegare."));
    expect(screen.getByRole('group', { name: 'Cosa può fare per te' })).toHaveAccessibleDescription(/Scegli almeno una cosa che può fare per te\./);
    expect(screen.getByLabelText('Fino al (compreso)')).toHaveAccessibleDescription(/Indica una data da oggi a un anno da oggi\./);
    expect(screen.getByLabelText('Ente')).toHaveFocus();
    expect(posted).toBe(false);
  });

  it('sends the organisation, the chosen scopes and the last day, then says it is recorded', async () => {
    let body: unknown;
    server.use(
      organisations(),
      http.post('/api/citizen/intermediaries/delegations', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({}, { status: 201 });
      }),
      http.get('/api/citizen/intermediaries/delegations', () => HttpResponse.json({ items: [] })),
    );
    const user = userEvent.setup();
    renderWithApp(<DelegationForm />);
    await user.selectOptions(await screen.findByLabelText('Ente'), 'Patronato Lavoro Sicuro – Moncalieri (Patronato)');
    await user.click(screen.getByLabelText('Prenotare e spostare appuntamenti'));
    await user.click(screen.getByLabelText('Caricare documenti'));
    const until = screen.getByLabelText('Fino al (compreso)');
    await user.clear(until);
    await user.type(until, inAMonth);
    await user.click(screen.getByRole('button', { name: 'Delega' }));
    expect(await screen.findByText('Delega registrata.')).toBeInTheDocument();
    expect(body).toEqual({ organisationId: PATRONATO.id, scopes: ['appointments', 'documents'], validUntil: inAMonth });
  });

  it("shows the server's DELEGATION_EXISTS", async () => {
    server.use(
      organisations(),
      http.post('/api/citizen/intermediaries/delegations', () => problem(409, 'DELEGATION_EXISTS')),
    );
    const user = userEvent.setup();
    renderWithApp(<DelegationForm />);
    await user.selectOptions(await screen.findByLabelText('Ente'), PATRONATO.id);
    await user.click(screen.getByLabelText('Rilasciare la DID'));
    await user.click(screen.getByRole('button', { name: 'Delega' }));
    expect(await screen.findByText(/Hai già una delega attiva a quest'ente/)).toBeInTheDocument();
  });

  it('says when the region has registered no organisation', async () => {
    server.use(organisations([]));
    renderWithApp(<DelegationForm />);
    expect(await screen.findByText('Nessun ente è ancora registrato dalla Regione.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delega' })).not.toBeInTheDocument();
  });
});
