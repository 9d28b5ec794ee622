import { problem, renderWithApp, server, taxonomyHandler } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { MatchingNewVacancyRoute } from './matching-new-vacancy';

const OFFICE = {
  id: '0b7c1f0e-4a8d-4f2b-9c1e-3d5f7a9b1c2d',
  code: 'TO1',
  name: 'CPI Torino',
  address: 'Via Bologna 153',
  comuneIstat: '001272',
  comuneName: 'Torino',
  province: 'TO',
  latitude: 45.08,
  longitude: 7.69,
};
const ME = { staffId: 's1', fiscalCode: 'BNCLRA80A41L219X', givenName: 'Laura', familyName: 'Bianchi', role: 'operator', offices: [OFFICE] };

describe('Nuova offerta di lavoro (operator)', () => {
  it("the same form with the office: DTO limits client-side, then the server's 400 on /positions", async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.get('/api/operator/registry/me', () => HttpResponse.json(ME)),
      taxonomyHandler('occupations', [{ id: 7, label: 'cuoco/cuoca', code: '5120', source: 'esco' }]),
      taxonomyHandler('skills', [{ id: 42, label: 'preparare i pasti', source: 'esco' }]),
      taxonomyHandler('comuni', [{ istat: '001272', name: 'Torino', province: 'TO' }]),
      http.post('/api/operator/matching/vacancies', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/positions', constraint: 'max' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<MatchingNewVacancyRoute />, { app: 'operator' });

    expect(await screen.findByLabelText('Ufficio')).toHaveValue(OFFICE.id);
    await user.type(screen.getByLabelText("Titolo dell'annuncio"), 'Cuoco/a per mensa aziendale');
    await user.type(screen.getByLabelText("Descrizione dell'offerta"), 'Preparazione dei pasti per 200 coperti.');
    await user.clear(screen.getByLabelText('Posti disponibili'));
    await user.type(screen.getByLabelText('Posti disponibili'), '501');
    await user.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    const positions = screen.getByLabelText('Posti disponibili');
    await waitFor(() => expect(positions).toHaveAccessibleDescription('Scrivi un numero intero di posti da 1 a 500.'));
    expect(body).toBeUndefined();

    // keyboard through the combobox: ↓ then Enter picks the first option
    const occupation = screen.getByRole('combobox', { name: 'Professione (classificazione ESCO)' });
    await user.type(occupation, 'cuo');
    await screen.findByRole('option', { name: /cuoco\/cuoca/ });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByText('Professione scelta: cuoco/cuoca')).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Cerca una competenza' }), 'prep');
    await user.click(await screen.findByRole('option', { name: 'preparare i pasti' }));
    expect(screen.getByRole('group', { name: 'preparare i pasti' })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Comune della sede di lavoro' }), 'Tor');
    await user.click(await screen.findByRole('option', { name: 'Torino (TO)' }));
    await user.clear(positions);
    await user.type(positions, '2');
    await user.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    await waitFor(() => expect(positions).toHaveAttribute('aria-invalid', 'true'));
    expect(positions).toHaveAccessibleDescription('Scrivi un numero intero di posti da 1 a 500.');
    expect(body).toMatchObject({ officeId: OFFICE.id, occupationId: 7, skills: [{ skillId: 42, weight: 3, required: true }], positions: 2 });
  });
});
