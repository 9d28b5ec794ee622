import type { OfficeResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { AvailabilityExceptionForm } from './availability-exception-form';

const OFFICE = { id: '0b7c1f0e-4a8d-4f2b-9c1e-3d5f7a9b1c2d', name: 'CPI Torino' } as OfficeResponse;

describe('Assenze e chiusure', () => {
  it('refuses a short reason (CreateAvailabilityExceptionBody) and an end before the start, then shows the server 400 on /wholeOffice', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post('/api/operator/agenda/exceptions', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/wholeOffice', constraint: 'manager' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<AvailabilityExceptionForm offices={[OFFICE]} canCloseOffice onSaved={vi.fn()} />, { app: 'operator' });
    const reason = screen.getByLabelText('Motivo', { exact: true });

    await user.type(reason, 'Fe');
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveAccessibleDescription(/Scrivi il motivo \(da 3 a 200 caratteri\)\./);

    const from = screen.getByLabelText('Dal giorno', { exact: true });
    const to = screen.getByLabelText('Al giorno', { exact: true });
    await user.clear(from);
    await user.type(from, '2027-03-10');
    await user.clear(to);
    await user.type(to, '2027-03-09');
    await user.type(reason, 'rie');
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    await waitFor(() => expect(to).toHaveFocus());
    expect(to).toHaveAccessibleDescription(/Scrivi un giorno di fine non precedente al giorno di inizio/);
    expect(body).toBeUndefined();

    await user.clear(to);
    await user.type(to, '2027-03-10');
    await user.click(screen.getByRole('radio', { name: "Chiusura dell'intera sede" }));
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    await waitFor(() => expect(body).toEqual({ officeId: OFFICE.id, wholeOffice: true, fromDate: '2027-03-10', toDate: '2027-03-10', reason: 'Ferie' }));
    const scope = screen.getByRole('group', { name: 'Riguarda' });
    await waitFor(() => expect(scope).toHaveAccessibleDescription('Solo il responsabile della sede può registrarne la chiusura.'));
  });
});
