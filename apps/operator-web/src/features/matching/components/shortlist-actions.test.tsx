import type { CandidateResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ShortlistActions } from './shortlist-actions';

const VACANCY = '5a0e8f4c-2b1d-4c3e-9f8a-7b6c5d4e3f21';
const APPLICATION = '7d9e2c4a-1b3f-4e5d-8a6c-9f0b1e2d3c4a';
const CANDIDATE = { citizenId: 'c1', name: 'Mario Rossi', applicationId: APPLICATION } as CandidateResponse;

describe('Azioni sulla rosa', () => {
  it("invite to an interview: refuses a short place (InviteInterviewBody), then shows the server's 400 on /at", async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post(`/api/operator/matching/applications/${APPLICATION}/interview`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/at', constraint: 'future' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ShortlistActions vacancyId={VACANCY} candidate={CANDIDATE} />, { app: 'operator' });
    await user.click(screen.getByText('Mario Rossi', { exact: false, selector: 'summary' }));
    const at = screen.getByLabelText('Data e ora del colloquio');
    const place = screen.getByLabelText('Luogo del colloquio');

    await user.type(at, '2027-01-15T10:00');
    await user.type(place, 'Sa');
    await user.click(screen.getByRole('button', { name: "Invia l'invito a Mario Rossi" }));
    await waitFor(() => expect(place).toHaveFocus());
    expect(place).toHaveAccessibleDescription(/Scrivi il luogo del colloquio \(da 3 a 300 caratteri\)\./);
    expect(body).toBeUndefined();

    await user.type(place, 'la riunioni');
    await user.click(screen.getByRole('button', { name: "Invia l'invito a Mario Rossi" }));
    await waitFor(() => expect(body).toEqual({ at: new Date('2027-01-15T10:00').toISOString(), place: 'Sala riunioni' }));
    await waitFor(() => expect(at).toHaveAccessibleDescription("Scrivi la data e l'ora del colloquio."));
  });

  it("outcome: refuses a benefit with three decimals (RecordOutcomeBody), then shows the server's 400 on /justifiedReason", async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post(`/api/operator/matching/applications/${APPLICATION}/outcome`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/justifiedReason', constraint: 'isLength' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ShortlistActions vacancyId={VACANCY} candidate={CANDIDATE} />, { app: 'operator' });
    await user.click(screen.getByText('Mario Rossi', { exact: false, selector: 'summary' }));
    const outcome = screen.getByLabelText('Esito per Mario Rossi');

    await user.click(screen.getByRole('button', { name: "Registra l'esito per Mario Rossi" }));
    await waitFor(() => expect(outcome).toHaveFocus());
    expect(outcome).toHaveAccessibleDescription("Scegli l'esito.");

    await user.selectOptions(outcome, 'offer_refused');
    const benefit = screen.getByLabelText('Ultima mensilità della prestazione (€)');
    await user.type(benefit, '500.125');
    await user.click(screen.getByRole('button', { name: "Registra l'esito per Mario Rossi" }));
    await waitFor(() => expect(benefit).toHaveFocus());
    expect(benefit).toHaveAccessibleDescription(/con al massimo due decimali/);
    expect(body).toBeUndefined();

    await user.clear(benefit);
    await user.type(benefit, '500.50');
    await user.type(screen.getByLabelText('Motivo giustificato del rifiuto (se presente)'), 'Distanza eccessiva');
    await user.click(screen.getByRole('button', { name: "Registra l'esito per Mario Rossi" }));
    await waitFor(() => expect(body).toEqual({ outcome: 'offer_refused', justifiedReason: 'Distanza eccessiva', monthlyBenefit: 500.5 }));
    await waitFor(() => expect(screen.getByLabelText('Motivo giustificato del rifiuto (se presente)')).toHaveAttribute('aria-invalid', 'true'));
  });
});
