import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { BookForPersonForm } from './book-for-person-form';

const GIULIA = '0b5e0000-0000-4000-8000-000000000001';
const OFFICE = '0f1c0000-0000-4000-8000-000000000001';
const SLOT = '51070000-0000-4000-8000-000000000001';
const services = http.get('/api/citizen/agenda/service-types', () =>
  HttpResponse.json({ items: [{ code: 'prima-accoglienza', name: 'Prima accoglienza', durationMinutes: 30, channels: ['in_person'], capacity: 1 }] }),
);
const slots = (seen: URLSearchParams[]) =>
  http.get('/api/citizen/agenda/slots', ({ request }) => {
    seen.push(new URL(request.url).searchParams);
    return HttpResponse.json({
      items: [
        {
          id: SLOT,
          officeId: OFFICE,
          officeName: 'CPI Moncalieri',
          operatorId: 'x',
          startsAt: '',
          endsAt: '',
          localDate: '2027-03-02',
          localTime: '09:30',
          channels: ['in_person'],
          seatsLeft: 1,
        },
      ],
    });
  });

describe('Prenota un appuntamento per conto della persona', () => {
  it("offers the free slots of the person's CPI and books the chosen one for them", async () => {
    const seen: URLSearchParams[] = [];
    let body: unknown;
    server.use(
      services,
      slots(seen),
      http.post(`/api/intermediary/people/${GIULIA}/appointments`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ id: 'a' }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<BookForPersonForm citizenId={GIULIA} officeId={OFFICE} personName="Giulia Bianchi" />, { app: 'operator' });
    await user.selectOptions(await screen.findByLabelText('Servizio'), 'prima-accoglienza');
    await user.selectOptions(await screen.findByLabelText('Data e ora'), '02/03/2027 alle 09:30 – CPI Moncalieri');
    expect(seen[0]?.get('officeId')).toBe(OFFICE);
    await user.click(screen.getByRole('button', { name: 'Prenota per conto della persona' }));
    expect(await screen.findByText('Appuntamento prenotato per conto di Giulia Bianchi.')).toBeInTheDocument();
    expect(body).toEqual({ slotId: SLOT, channel: 'in_person' });
  });

  it('refuses to send without a slot, and shows DELEGATION_REQUIRED from the server', async () => {
    let posted = 0;
    server.use(
      services,
      slots([]),
      http.post(`/api/intermediary/people/${GIULIA}/appointments`, () => (posted++, problem(403, 'DELEGATION_REQUIRED'))),
    );
    const user = userEvent.setup();
    renderWithApp(<BookForPersonForm citizenId={GIULIA} officeId={OFFICE} personName="Giulia Bianchi" />, { app: 'operator' });
    await user.click(await screen.findByRole('button', { name: 'Prenota per conto della persona' }));
    await waitFor(() => expect(screen.getByLabelText('Servizio')).toHaveFocus());
    expect(posted).toBe(0);
    await user.selectOptions(screen.getByLabelText('Servizio'), 'prima-accoglienza');
    await user.selectOptions(await screen.findByLabelText('Data e ora'), SLOT);
    await user.click(screen.getByRole('button', { name: 'Prenota per conto della persona' }));
    expect(await screen.findByText(/La persona non ha delegato il tuo ente per questa attività/)).toBeInTheDocument();
    expect(posted).toBe(1);
  });
});
