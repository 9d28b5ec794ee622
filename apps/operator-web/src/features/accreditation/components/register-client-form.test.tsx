import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { RegisterClientForm } from './register-client-form';

const URL = '/api/operator/accreditation/agencies/a1/clients';
const JWKS = '{"keys":[{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","kid":"k1"}]}';

describe('Registra un gestionale', () => {
  it('checks the client id and the scopes before calling the API, then registers the pasted JWKS', async () => {
    let body: unknown;
    server.use(
      http.post(URL, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ clientId: 'gestionale-1', name: 'Gestionale', scopes: ['people:read'], keyIds: ['k1'], createdAt: '2026-12-03T08:00:00.000Z' }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<RegisterClientForm agencyId="a1" />, { app: 'operator' });
    await user.type(screen.getByLabelText('Identificativo del client', { exact: false }), 'x');
    await user.type(screen.getByLabelText('Nome del gestionale'), 'Gestionale');
    fireEvent.change(screen.getByLabelText('Chiavi pubbliche (JWKS)', { exact: false }), { target: { value: JWKS } });
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    await waitFor(() => expect(screen.getByLabelText('Identificativo del client', { exact: false })).toHaveFocus());
    expect(screen.getByText(/Da 3 a 80 caratteri: lettere, cifre, punti, trattini o trattini bassi/)).toBeInTheDocument();
    expect(screen.getByText('Scegli almeno un ambito.')).toBeInTheDocument();
    expect(body).toBeUndefined();

    await user.clear(screen.getByLabelText('Identificativo del client', { exact: false }));
    await user.type(screen.getByLabelText('Identificativo del client', { exact: false }), 'gestionale-1');
    await user.click(screen.getByLabelText('Leggere le persone assegnate (people:read)'));
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    expect(await screen.findByText('Gestionale registrato.')).toBeInTheDocument();
    expect(body).toEqual({ clientId: 'gestionale-1', name: 'Gestionale', jwks: JWKS, scopes: ['people:read'] });
  });

  it("puts the server's AGENCY_JWKS_INVALID on the keys field", async () => {
    server.use(http.post(URL, () => problem(400, 'AGENCY_JWKS_INVALID', [{ pointer: '/jwks', constraint: 'publicJwks' }])));
    const user = userEvent.setup();
    renderWithApp(<RegisterClientForm agencyId="a1" />, { app: 'operator' });
    await user.type(screen.getByLabelText('Identificativo del client', { exact: false }), 'gestionale-1');
    await user.type(screen.getByLabelText('Nome del gestionale'), 'Gestionale');
    fireEvent.change(screen.getByLabelText('Chiavi pubbliche (JWKS)', { exact: false }), { target: { value: '{"keys":[{"kty":"oct","k":"c2VjcmV0"}]}' } });
    await user.click(screen.getByLabelText('Gestire i webhook (webhooks:manage)'));
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    expect(await screen.findByText('Il JSON non è un JWKS di sole chiavi pubbliche valide.')).toBeInTheDocument();
  });
});
