import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ReviewDelegationForm } from './review-delegation-form';

const ID = 'de1e0000-0000-4000-8000-000000000001';
const url = `/api/operator/intermediaries/delegations/${ID}/review`;

describe('Esito della verifica di una delega caricata', () => {
  it('wants a reason to reject, without calling the API, then sends it', async () => {
    const bodies: unknown[] = [];
    server.use(http.post(url, async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({}))));
    const done = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<ReviewDelegationForm delegationId={ID} onDone={done} />, { app: 'operator' });
    await user.selectOptions(screen.getByLabelText('Esito'), 'reject');
    await user.click(screen.getByRole('button', { name: 'Registra esito' }));
    await waitFor(() => expect(screen.getByLabelText('Motivo (se respingi)')).toHaveAccessibleDescription(/Scrivi il motivo per cui respingi la delega/));
    expect(bodies).toEqual([]);
    await user.type(screen.getByLabelText('Motivo (se respingi)'), 'Manca la firma');
    await user.click(screen.getByRole('button', { name: 'Registra esito' }));
    await waitFor(() => expect(done).toHaveBeenCalledWith('reject'));
    expect(bodies).toEqual([{ decision: 'reject', reason: 'Manca la firma' }]);
  });

  it('approves without a reason, and shows DELEGATION_NOT_FOUND when someone was faster', async () => {
    server.use(http.post(url, () => problem(404, 'DELEGATION_NOT_FOUND')));
    const done = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<ReviewDelegationForm delegationId={ID} onDone={done} />, { app: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Registra esito' }));
    expect(await screen.findByText('Delega non trovata.')).toBeInTheDocument();
    expect(done).not.toHaveBeenCalled();
  });
});
