import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { CandidatesSection } from './candidates-section';

const VACANCY = '5a0e8f4c-2b1d-4c3e-9f8a-7b6c5d4e3f21';

describe('Candidati: filtri', () => {
  it("refuses a minimum fit over 100 (CandidateSearchQuery), then shows the server's 400 on /minScore", async () => {
    const queries: string[] = [];
    server.use(
      http.get(`/api/operator/matching/vacancies/${VACANCY}/candidates`, ({ request }) => {
        const query = new URL(request.url).search;
        queries.push(query);
        return query.includes('minScore=90') ? problem(400, 'VALIDATION_FAILED', [{ pointer: '/minScore', constraint: 'max' }]) : HttpResponse.json({ items: [] });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<CandidatesSection vacancyId={VACANCY} />, { app: 'operator' });
    expect(await screen.findByText('Nessun candidato con questi filtri.')).toBeInTheDocument();
    const minScore = screen.getByLabelText('Affinità minima (%)');

    await user.type(minScore, '150');
    await user.click(screen.getByRole('button', { name: 'Aggiorna' }));
    await waitFor(() => expect(minScore).toHaveFocus());
    expect(minScore).toHaveAccessibleDescription('Scrivi un numero intero da 0 a 100, o lascia il campo vuoto.');
    expect(queries).toHaveLength(1);

    await user.clear(minScore);
    await user.type(minScore, '90');
    await user.click(screen.getByRole('checkbox', { name: 'Solo chi ha tutti i requisiti indispensabili' }));
    await user.click(screen.getByRole('button', { name: 'Aggiorna' }));
    await waitFor(() => expect(queries.at(-1)).toMatch(/minScore=90.*onlyCompleteRequired=true|onlyCompleteRequired=true.*minScore=90/));
    await waitFor(() => expect(minScore).toHaveAttribute('aria-invalid', 'true'));
  });
});
