import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { problem, renderWithApp, server, taxonomyHandler } from '@opencpi/web-testing';
import { ImpreseNewVacancyRoute } from './imprese-new-vacancy';

const OCCUPATION = { id: 101, label: 'commesso/commessa di negozio', code: '5223', source: 'esco' };
const TORINO = { istat: '001272', name: 'Torino', province: 'TO' };

/** Fills what the DTO requires: title, an occupation and a comune picked in the comboboxes, a description. */
async function fillRequired(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.type(screen.getByLabelText("Titolo dell'annuncio"), title);
  await user.type(screen.getByRole('combobox', { name: 'Professione (classificazione ESCO)' }), 'comm');
  await user.click(await screen.findByRole('option', { name: /commesso\/commessa di negozio/ }));
  await user.type(screen.getByLabelText("Descrizione dell'offerta"), 'Banco vendita ricambi, turni dal lunedì al venerdì.');
  await user.type(screen.getByRole('combobox', { name: 'Comune della sede di lavoro' }), 'Tori');
  await user.click(await screen.findByRole('option', { name: 'Torino (TO)' }));
}

describe('Nuova offerta di lavoro (company area)', () => {
  it('refuses a title shorter than the DTO allows, next to the field, without calling the API', async () => {
    let posted = false;
    server.use(http.post('/api/employer/matching/vacancies', () => ((posted = true), HttpResponse.json({}))));
    const user = userEvent.setup();
    renderWithApp(<ImpreseNewVacancyRoute />);

    await user.type(screen.getByLabelText("Titolo dell'annuncio"), 'ab');
    await user.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    const title = screen.getByLabelText("Titolo dell'annuncio");
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(/Scrivi il titolo dell'annuncio \(da 3 a 200 caratteri\)/);
    expect(screen.getByRole('combobox', { name: 'Professione (classificazione ESCO)' })).toHaveAccessibleDescription(/Scegli una professione dall'elenco/);
    expect(posted).toBe(false);
  });

  it("shows the server's problem+json field error (400, /title) next to the title", async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      taxonomyHandler('occupations', [OCCUPATION]),
      taxonomyHandler('comuni', [TORINO]),
      http.post('/api/employer/matching/vacancies', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/title', constraint: 'isLength' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ImpreseNewVacancyRoute />);

    await fillRequired(user, 'Addetto/a alle vendite ricambi');
    await user.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    const title = screen.getByLabelText("Titolo dell'annuncio");
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(/da 3 a 200 caratteri/);
    expect(body).toMatchObject({ title: 'Addetto/a alle vendite ricambi', occupationId: 101, comuneIstat: '001272', positions: 1, hours: 'full' });
    expect(screen.getByText('test-correlation-id')).toBeInTheDocument();
  });
});
