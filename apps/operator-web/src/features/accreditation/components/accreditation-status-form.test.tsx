import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AccreditationStatusForm } from './accreditation-status-form';

const URL = '/api/operator/accreditation/agencies/a1/accreditation/status';

describe("Cambia lo stato dell'accreditamento", () => {
  it('wants a reason before calling the API, then suspends with it', async () => {
    let body: unknown;
    server.use(
      http.post(URL, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ agencyId: 'a1', name: 'Agenzia', vatNumber: '01234567897', clients: [] });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<AccreditationStatusForm agencyId="a1" current="active" />, { app: 'operator' });
    expect(screen.queryByRole('option', { name: 'Riattiva' })).not.toBeInTheDocument(); // the current status is not offered
    await user.selectOptions(screen.getByLabelText('Nuovo stato'), 'suspended');
    await user.click(screen.getByRole('button', { name: 'Conferma' }));
    await waitFor(() => expect(screen.getByLabelText('Motivo')).toHaveFocus());
    expect(screen.getByText(/Scrivi il motivo/)).toBeInTheDocument();
    expect(body).toBeUndefined();
    await user.type(screen.getByLabelText('Motivo'), 'Verifica DURC in corso');
    await user.click(screen.getByRole('button', { name: 'Conferma' }));
    expect(await screen.findByText(/Stato aggiornato/)).toBeInTheDocument();
    expect(body).toEqual({ status: 'suspended', reason: 'Verifica DURC in corso' });
  });

  it("shows the server's refusal, and nothing to change once revoked", async () => {
    server.use(http.post(URL, () => problem(409, 'ACCREDITATION_STATUS_UNCHANGED')));
    const user = userEvent.setup();
    const { unmount } = renderWithApp(<AccreditationStatusForm agencyId="a1" current="suspended" />, { app: 'operator' });
    await user.selectOptions(screen.getByLabelText('Nuovo stato'), 'active');
    await user.type(screen.getByLabelText('Motivo'), 'DURC regolare');
    await user.click(screen.getByRole('button', { name: 'Conferma' }));
    expect((await screen.findAllByText("L'accreditamento è già in questo stato.")).length).toBeGreaterThan(0);
    unmount();
    renderWithApp(<AccreditationStatusForm agencyId="a1" current="revoked" />, { app: 'operator' });
    expect(screen.getByText(/non si può riattivare/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
