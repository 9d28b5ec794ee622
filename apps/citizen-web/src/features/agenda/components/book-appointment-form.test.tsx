import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { SLOT_A, SLOT_B } from './agenda-test-fixtures';
import { BookAppointmentForm } from './book-appointment-form';

const SERVICES = [{ code: 'accoglienza', name: 'Prima accoglienza e informazioni', durationMinutes: 30, channels: ['in_person', 'phone'], capacity: 1 }];
const OFFICES = [
  { id: '0b6c3f3e-2f43-4a55-9c1e-5a4c2f0d9e01', name: 'Torino', address: 'Via Bologna 153', comuneName: 'Torino', own: true, distanceKm: 0 },
  { id: '1c7d4a4f-3a54-4b66-8d2f-6b5d3a1e0f12', name: 'Moncalieri', address: 'Via Roma 1', comuneName: 'Moncalieri', own: false, distanceKm: 9 },
];

describe('Prenota un appuntamento (form)', () => {
  it('asks for the service first (focus on it), then for a slot (focus on the slots), without booking', async () => {
    let booked = false;
    server.use(
      http.get('/api/citizen/agenda/slots', () => HttpResponse.json({ items: [SLOT_A, SLOT_B] })),
      http.post('/api/citizen/agenda/appointments', () => ((booked = true), problem(500, 'UNKNOWN'))),
    );
    const user = userEvent.setup();
    renderWithApp(<BookAppointmentForm serviceTypes={SERVICES} offices={OFFICES} />);
    expect(screen.getByText(/^Scegli prima il servizio/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Conferma prenotazione' }));
    const service = screen.getByLabelText('Servizio');
    await waitFor(() => expect(service).toHaveFocus());
    expect(service).toHaveAccessibleDescription("Scegli un servizio dall'elenco.");

    await user.selectOptions(service, 'accoglienza');
    expect(screen.getByRole('radio', { name: 'In presenza' })).toBeChecked();
    expect(screen.getByLabelText('Sede')).toHaveValue(OFFICES[0]?.id);
    await screen.findByRole('radio', { name: '09:00' });
    await user.click(screen.getByRole('button', { name: 'Conferma prenotazione' }));
    const slots = screen.getByRole('group', { name: 'Scegli giorno e orario' });
    await waitFor(() => expect(slots).toHaveFocus());
    expect(slots).toHaveAccessibleDescription('Scegli un orario');
    expect(booked).toBe(false);
  });

  it("books the chosen slot, and shows the server's 400 on /slotId on the slots", async () => {
    let body: unknown;
    server.use(
      http.get('/api/citizen/agenda/slots', () => HttpResponse.json({ items: [SLOT_A, SLOT_B] })),
      http.post('/api/citizen/agenda/appointments', async ({ request }) => {
        body = await request.json();
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/slotId', constraint: 'isUUID' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<BookAppointmentForm serviceTypes={SERVICES} offices={OFFICES} />);
    await user.selectOptions(screen.getByLabelText('Servizio'), 'accoglienza');
    await user.click(await screen.findByRole('radio', { name: '10:30' }));
    await user.click(screen.getByRole('button', { name: 'Conferma prenotazione' }));

    const slots = screen.getByRole('group', { name: 'Scegli giorno e orario' });
    await waitFor(() => expect(slots).toHaveAccessibleDescription('Scegli un orario'));
    expect(body).toEqual({ slotId: SLOT_B.id, channel: 'in_person' });
  });

  it('SLOT_FULL: says so, shows what is free now (the slot taken is no longer chosen); a booking goes back to the list', async () => {
    let calls = 0;
    server.use(
      http.get('/api/citizen/agenda/slots', () => HttpResponse.json({ items: calls === 0 ? [SLOT_A, SLOT_B] : [SLOT_A] })),
      http.post('/api/citizen/agenda/appointments', () => {
        calls += 1;
        return calls === 1 ? problem(409, 'SLOT_FULL') : HttpResponse.json({ id: 'a1' }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(
      <Routes>
        <Route path="/appuntamenti/prenota" element={<BookAppointmentForm serviceTypes={SERVICES} offices={OFFICES} />} />
        <Route path="/appuntamenti" element={<p>I miei appuntamenti</p>} />
      </Routes>,
      { path: '/appuntamenti/prenota' },
    );
    await user.selectOptions(screen.getByLabelText('Servizio'), 'accoglienza');
    await user.click(await screen.findByRole('radio', { name: '10:30' }));
    await user.click(screen.getByRole('button', { name: 'Conferma prenotazione' }));
    expect(await screen.findByText(/Qualcuno ha appena prenotato/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('radio', { name: '10:30' })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Conferma prenotazione' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Scegli giorno e orario' })).toHaveAccessibleDescription('Scegli un orario'));
    expect(calls).toBe(1);
    await user.click(screen.getByRole('radio', { name: '09:00' }));
    await user.click(screen.getByRole('button', { name: 'Conferma prenotazione' }));
    expect(await screen.findByText('I miei appuntamenti')).toBeInTheDocument();
  });
});
