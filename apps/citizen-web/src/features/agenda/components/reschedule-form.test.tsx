import type { AppointmentResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { APPOINTMENT as BOOKED, SLOT_A, SLOT_B, slot } from './agenda-test-fixtures';
import { RescheduleForm } from './reschedule-form';

const APPOINTMENT: AppointmentResponse = { ...BOOKED, startsAt: '2026-12-07T09:00:00+01:00', endsAt: '2026-12-07T09:30:00+01:00', localDate: '2026-12-07' };
const RESCHEDULE = `/api/citizen/agenda/appointments/${APPOINTMENT.id}/reschedule`;

describe("Sposta l'appuntamento (form)", () => {
  it('asks for a slot (focus on the slots) and offers only the same office', async () => {
    let posted = false;
    const elsewhere = slot('6b2c3d4e-5f60-4b7c-8d9e-0f1a2b3c4d5e', '2026-12-11', '11:00', { officeName: 'Moncalieri' });
    server.use(
      http.get('/api/citizen/agenda/slots', () => HttpResponse.json({ items: [SLOT_A, elsewhere] })),
      http.post(RESCHEDULE, () => ((posted = true), problem(500, 'UNKNOWN'))),
    );
    const user = userEvent.setup();
    renderWithApp(<RescheduleForm appointment={APPOINTMENT} />);
    await screen.findByRole('radio', { name: '09:00' });
    expect(screen.queryByRole('radio', { name: '11:00' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Conferma il nuovo orario' }));
    const slots = screen.getByRole('group', { name: 'Scegli giorno e orario' });
    await waitFor(() => expect(slots).toHaveFocus());
    expect(slots).toHaveAccessibleDescription('Scegli un orario');
    expect(posted).toBe(false);
  });

  it("sends the chosen slot and shows the server's 400 on /slotId on the slots", async () => {
    let body: unknown;
    server.use(
      http.get('/api/citizen/agenda/slots', () => HttpResponse.json({ items: [SLOT_A, SLOT_B] })),
      http.post(RESCHEDULE, async ({ request }) => {
        body = await request.json();
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/slotId', constraint: 'isUUID' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<RescheduleForm appointment={APPOINTMENT} />);
    await user.click(await screen.findByRole('radio', { name: '10:30' }));
    await user.click(screen.getByRole('button', { name: 'Conferma il nuovo orario' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Scegli giorno e orario' })).toHaveAccessibleDescription('Scegli un orario'));
    expect(body).toMatchObject({ slotId: SLOT_B.id });
  });
});
