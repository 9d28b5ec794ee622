import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { ImpreseRegisterRoute } from './imprese-register';

async function fill(user: ReturnType<typeof userEvent.setup>, vat: string) {
  await user.type(screen.getByLabelText('Ragione sociale'), 'Forneria Conti S.r.l.');
  await user.type(screen.getByLabelText('Partita IVA'), vat);
  await user.type(screen.getByLabelText('Codice ATECO'), '10.71.10');
  await user.type(screen.getByLabelText('Comune (codice ISTAT)'), '001156');
  await user.type(screen.getByLabelText('Indirizzo'), 'Via Roma 10');
}

describe('Registra la tua impresa', () => {
  it('refuses a partita IVA with a wrong check digit and a missing declaration next to the fields, without calling the API', async () => {
    let posted = false;
    server.use(http.post('/api/citizen/registry/companies', () => ((posted = true), HttpResponse.json({}))));
    const user = userEvent.setup();
    renderWithApp(<ImpreseRegisterRoute />);

    await fill(user, '01234567890');
    await user.click(screen.getByRole('button', { name: 'Invia la registrazione' }));

    const vat = screen.getByLabelText('Partita IVA');
    await waitFor(() => expect(vat).toHaveAttribute('aria-invalid', 'true'));
    expect(vat).toHaveAccessibleDescription(/l’ultima è di controllo/);
    expect(screen.getByRole('checkbox', { name: /legale rappresentante/ })).toHaveAccessibleDescription(/devi fare questa dichiarazione/);
    expect(posted).toBe(false);
    expect(screen.getByText(/preferisci registrare l'impresa di persona/)).toBeInTheDocument();
  });

  it('sends the body of the shared DTO and shows a taken partita IVA (409) next to the field', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post('/api/citizen/registry/companies', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(409, 'COMPANY_ALREADY_REGISTERED', [{ pointer: '/vatNumber', constraint: 'unique' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ImpreseRegisterRoute />);

    await fill(user, '01234567897');
    await user.click(screen.getByRole('checkbox', { name: /legale rappresentante/ }));
    await user.click(screen.getByRole('button', { name: 'Invia la registrazione' }));

    await waitFor(() => expect(body).toBeDefined());
    expect(body).toEqual({
      name: 'Forneria Conti S.r.l.',
      vatNumber: '01234567897',
      atecoCode: '10.71.10',
      legalRepresentative: true,
      sites: [{ comuneIstat: '001156', address: 'Via Roma 10' }],
    });
    await waitFor(() => expect(screen.getByLabelText('Partita IVA')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getAllByText(/partita IVA è già registrata/).length).toBeGreaterThan(0);
  });
});
