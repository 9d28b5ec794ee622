import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CallbacksToMake } from './callbacks-to-make';

const OPEN = '/api/operator/assistance/callback-requests';
const MARIO = {
  id: 'c1',
  citizenId: '11111111-1111-4111-8111-111111111111',
  citizenName: 'Mario Rossi',
  fiscalCode: 'RSSMRA85T10L219G',
  phone: '+393331234567',
  timeWindow: 'morning',
  topic: 'Non riesco a prenotare',
  status: 'open',
  requestedAt: '2026-12-03T08:00:00.000Z',
};

describe('Persone da richiamare', () => {
  it('lists the open requests with the number to call and the dossier link; records "non risponde"', async () => {
    let open = [MARIO];
    const outcomes: unknown[] = [];
    server.use(
      http.get(OPEN, () => HttpResponse.json({ items: open })),
      http.post(`${OPEN}/:id/outcome`, async ({ request, params }) => {
        outcomes.push({ id: params['id'], ...((await request.json()) as object) });
        open = [];
        return HttpResponse.json({ ...MARIO, status: 'no_answer', handledAt: '2026-12-04T10:00:00.000Z' });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<CallbacksToMake />);
    expect(await screen.findByRole('link', { name: 'Mario Rossi' })).toHaveAttribute('href', expect.stringContaining(MARIO.citizenId));
    expect(screen.getByRole('link', { name: '+393331234567' })).toHaveAttribute('href', 'tel:+393331234567');
    expect(screen.getByText('Mattina')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mario Rossi non risponde' }));
    await waitFor(() => expect(outcomes).toEqual([{ id: 'c1', outcome: 'no_answer' }]));
    expect(await screen.findByText('Esito registrato per Mario Rossi.')).toBeInTheDocument();
    expect(await screen.findByText('Nessuna richiesta di richiamata aperta.')).toBeInTheDocument();
  });
});
