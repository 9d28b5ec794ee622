import type { CalendarResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AgendaCalendar } from './agenda-calendar';

const OFFICE_ID = '0b7c1f0e-4a8d-4f2b-9c1e-3d5f7a9b1c2d';
const APPOINTMENT_ID = '5a0e8f4c-2b1d-4c3e-9f8a-7b6c5d4e3f21';
const FREE_SLOT = '7d9e2c4a-1b3f-4e5d-8a6c-9f0b1e2d3c4a';
const CALENDAR: CalendarResponse = {
  items: [
    {
      slotId: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
      operatorId: 'op1',
      operatorName: 'Anna Bianchi',
      serviceName: 'Orientamento di base',
      startsAt: '2027-01-15T08:00:00Z',
      localDate: '2027-01-15',
      localTime: '09:00',
      capacity: 1,
      appointments: [
        {
          id: APPOINTMENT_ID,
          status: 'booked',
          serviceType: 'orientamento',
          serviceName: 'Orientamento di base',
          officeName: 'CPI Torino',
          startsAt: '2027-01-15T08:00:00Z',
          endsAt: '2027-01-15T08:30:00Z',
          localDate: '2027-01-15',
          localTime: '09:00',
          channel: 'in_person',
          changeable: true,
          citizenName: 'Mario Rossi',
        },
      ],
    },
  ],
};
const SLOT = {
  id: FREE_SLOT,
  officeId: OFFICE_ID,
  officeName: 'CPI Torino',
  operatorId: 'op1',
  operatorName: 'Anna Bianchi',
  startsAt: '2027-01-18T09:00:00Z',
  endsAt: '2027-01-18T09:30:00Z',
  localDate: '2027-01-18',
  localTime: '10:00',
  channels: ['in_person'],
  seatsLeft: 1,
};

const renderCalendar = () => renderWithApp(<AgendaCalendar calendar={CALENDAR} from="2027-01-15" days={1} showFree={false} officeId={OFFICE_ID} />, { app: 'operator' });

describe('Appuntamento: annulla e sposta', () => {
  it("asks for the reason of a cancellation (OperatorCancelAppointmentBody), then shows the server's 400 on /reason", async () => {
    let body: unknown;
    server.use(
      http.post(`/api/operator/agenda/appointments/${APPOINTMENT_ID}/cancel`, async ({ request }) => {
        body = await request.json();
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/reason', constraint: 'isLength' }]);
      }),
    );
    const user = userEvent.setup();
    renderCalendar();
    await user.click(screen.getByRole('button', { name: 'Azioni: Mario Rossi, 09:00' }));
    await user.click(screen.getByRole('button', { name: 'Annulla: Mario Rossi, 09:00' }));
    const reason = screen.getByLabelText("Motivo dell'annullamento");
    await waitFor(() => expect(reason).toHaveFocus());

    await user.type(reason, 'no');
    await user.click(screen.getByRole('button', { name: 'Conferma annullamento' }));
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(/Scrivi il motivo dell'annullamento \(da 3 a 300 caratteri\)\./);
    expect(reason).toHaveFocus();
    expect(body).toBeUndefined();

    await user.type(reason, ' viene più');
    await user.click(screen.getByRole('button', { name: 'Conferma annullamento' }));
    await waitFor(() => expect(body).toEqual({ reason: 'no viene più' }));
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
  });

  it("asks for a new time (MoveAppointmentBody), then shows the server's 400 on /slotId", async () => {
    let body: unknown;
    server.use(
      http.get('/api/operator/agenda/slots', () => HttpResponse.json({ items: [SLOT] })),
      http.post(`/api/operator/agenda/appointments/${APPOINTMENT_ID}/move`, async ({ request }) => {
        body = await request.json();
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/slotId', constraint: 'free' }]);
      }),
    );
    const user = userEvent.setup();
    renderCalendar();
    await user.click(screen.getByRole('button', { name: 'Azioni: Mario Rossi, 09:00' }));
    await user.click(screen.getByRole('button', { name: 'Sposta: Mario Rossi, 09:00' }));
    const slots = screen.getByRole('group', { name: 'Nuovo orario' });
    await waitFor(() => expect(slots).toHaveFocus());
    await within(slots).findByRole('radio', { name: /10:00/ });

    await user.click(screen.getByRole('button', { name: 'Conferma lo spostamento' }));
    await waitFor(() => expect(slots).toHaveClass('is-invalid'));
    expect(slots).toHaveFocus();
    expect(slots).toHaveAccessibleDescription(/Scegli il nuovo orario\./);
    expect(body).toBeUndefined();

    await user.click(within(slots).getByRole('radio', { name: /10:00/ }));
    await user.click(screen.getByRole('button', { name: 'Conferma lo spostamento' }));
    await waitFor(() => expect(body).toEqual({ slotId: FREE_SLOT }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Nuovo orario' })).toHaveClass('is-invalid'));
  });
});
