import type { PublicInvitationResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { INVITATION, SLOT_A, SLOT_B, TOKEN } from './agenda-test-fixtures';
import { InvitationBookingForm } from './invitation-booking-form';

const OFFER: PublicInvitationResponse = { ...INVITATION, slots: [SLOT_A, { ...SLOT_B, channels: ['phone'] }] };
const BOOK = `/api/public/invitations/${TOKEN}/appointment`;

describe('Invitation booking (form)', () => {
  it('asks for a slot (focus on the slots); the channel chooses which slots show', async () => {
    let posted = false;
    server.use(http.post(BOOK, () => ((posted = true), problem(500, 'UNKNOWN'))));
    const user = userEvent.setup();
    renderWithApp(<InvitationBookingForm token={TOKEN} invitation={OFFER} onRefresh={vi.fn()} />);
    expect(screen.getByRole('radio', { name: 'In presenza' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: '10:30' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Conferma prenotazione' }));
    const slots = screen.getByRole('group', { name: 'Scegli giorno e orario' });
    await waitFor(() => expect(slots).toHaveFocus());
    expect(slots).toHaveAccessibleDescription('Scegli un orario');

    await user.click(screen.getByRole('radio', { name: 'Telefono' }));
    expect(screen.getByRole('radio', { name: '10:30' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: '09:00' })).toBeInTheDocument();
    expect(posted).toBe(false);
  });

  it("sends slot and channel, shows the server's 400 on /slotId on the slots and reads the invitation again", async () => {
    let body: unknown;
    const onRefresh = vi.fn();
    server.use(
      http.post(BOOK, async ({ request }) => {
        body = await request.json();
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/slotId', constraint: 'isUUID' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<InvitationBookingForm token={TOKEN} invitation={OFFER} onRefresh={onRefresh} />);
    await user.click(screen.getByRole('radio', { name: 'Telefono' }));
    await user.click(screen.getByRole('radio', { name: '10:30' }));
    await user.click(screen.getByRole('button', { name: 'Conferma prenotazione' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Scegli giorno e orario' })).toHaveAccessibleDescription('Scegli un orario'));
    expect(body).toEqual({ slotId: SLOT_B.id, channel: 'phone' });
    expect(onRefresh).toHaveBeenCalled();
  });
});
