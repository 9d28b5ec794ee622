import type { PublicInvitationResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { APPOINTMENT, INVITATION, TOKEN } from '../../features/agenda/components/agenda-test-fixtures';
import { InvitationRoute } from './invitation';

const INVITATION_URL = `/api/public/invitations/${TOKEN}`;

function open(answer: PublicInvitationResponse | Response) {
  server.use(http.get(INVITATION_URL, () => (answer instanceof Response ? answer : HttpResponse.json(answer))));
  renderWithApp(
    <Routes>
      <Route path="/invito/:token" element={<InvitationRoute />} />
    </Routes>,
    { path: `/invito/${TOKEN}` },
  );
}

describe('/invito/:token', () => {
  it('sent: the greeting and the form; a booking replaces it with the confirmation (focused)', async () => {
    server.use(http.post(`${INVITATION_URL}/appointment`, () => HttpResponse.json({ ...INVITATION, status: 'booked', appointment: APPOINTMENT })));
    const user = userEvent.setup();
    open(INVITATION);
    expect(await screen.findByText('Buongiorno Fatima')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '09:00' }));
    await user.click(screen.getByRole('button', { name: 'Conferma prenotazione' }));
    const confirmed = await screen.findByRole('heading', { level: 2, name: 'Appuntamento confermato' });
    await waitFor(() => expect(confirmed).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Conferma prenotazione' })).not.toBeInTheDocument();
  });

  it('already booked: the confirmation, no form', async () => {
    open({ ...INVITATION, status: 'booked', appointment: APPOINTMENT });
    expect(await screen.findByRole('heading', { level: 2, name: 'Appuntamento confermato' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Scegli giorno e orario' })).not.toBeInTheDocument();
  });

  it('sent, but no slot left: says so, no button', async () => {
    open({ ...INVITATION, slots: [] });
    expect(await screen.findByText(/Non ci sono più orari liberi per questo invito/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Conferma prenotazione' })).not.toBeInTheDocument();
  });

  it('expired: "Il link non è più valido"', async () => {
    open({ ...INVITATION, status: 'expired' });
    expect(await screen.findByRole('heading', { name: 'Il link non è più valido' })).toBeInTheDocument();
  });

  it('a link that does not exist (404): "Il link non è più valido"', async () => {
    open(problem(404, 'INVITATION_NOT_FOUND'));
    expect(await screen.findByRole('heading', { name: 'Il link non è più valido' })).toBeInTheDocument();
  });
});
