import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { RegisterOrganisationForm } from './register-organisation-form';

describe('Registra un ente', () => {
  it('refuses a fiscal code that is not 11 digits without calling the API, then registers', async () => {
    let body: unknown;
    server.use(
      http.post('/api/operator/intermediaries/organisations', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ id: 'o', name: 'CAF Nord', kind: 'caf', fiscalCode: '97000000045', operators: [] }, { status: 201 });
      }),
      http.get('/api/operator/intermediaries/organisations', () => HttpResponse.json({ items: [] })),
    );
    const user = userEvent.setup();
    renderWithApp(<RegisterOrganisationForm />, { app: 'operator' });
    await user.type(screen.getByLabelText('Nome'), 'CAF Nord');
    await user.selectOptions(screen.getByLabelText('Tipo'), 'caf');
    await user.type(screen.getByLabelText('Codice fiscale (11 cifre)'), '123');
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    await waitFor(() => expect(screen.getByLabelText('Codice fiscale (11 cifre)')).toHaveFocus());
    expect(body).toBeUndefined();
    await user.clear(screen.getByLabelText('Codice fiscale (11 cifre)'));
    await user.type(screen.getByLabelText('Codice fiscale (11 cifre)'), '97000000045');
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    expect(await screen.findByText('Ente registrato.')).toBeInTheDocument();
    expect(body).toEqual({ name: 'CAF Nord', kind: 'caf', fiscalCode: '97000000045' });
  });

  it("shows the server's INTERMEDIARY_ORGANISATION_EXISTS", async () => {
    server.use(http.post('/api/operator/intermediaries/organisations', () => problem(409, 'INTERMEDIARY_ORGANISATION_EXISTS', [{ pointer: '/fiscalCode', constraint: 'unique' }])));
    const user = userEvent.setup();
    renderWithApp(<RegisterOrganisationForm />, { app: 'operator' });
    await user.type(screen.getByLabelText('Nome'), 'CAF Nord');
    await user.type(screen.getByLabelText('Codice fiscale (11 cifre)'), '97000000045');
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    expect((await screen.findAllByText(/Un ente con questo codice fiscale è già registrato/)).length).toBeGreaterThan(0);
  });
});
