import type { OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { AvailabilityForm } from './availability-form';

const OFFICE = { id: '0b7c1f0e-4a8d-4f2b-9c1e-3d5f7a9b1c2d', name: 'CPI Torino' } as OfficeResponse;
const SERVICES = [
  { code: 'orientamento', name: 'Orientamento di base', channels: ['in_person', 'video'] },
  { code: 'accoglienza', name: 'Prima accoglienza', channels: ['phone'] },
] as ServiceTypeResponse[];

describe('Nuova disponibilità settimanale', () => {
  it('refuses a missing start time (CreateAvailabilityRuleBody) and an end before the start, then shows the server 400 on /channels', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post('/api/operator/agenda/availability-rules', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/channels', constraint: 'available' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<AvailabilityForm offices={[OFFICE]} services={SERVICES} onSaved={vi.fn()} />, { app: 'operator' });
    const start = screen.getByLabelText('Dalle', { exact: true });
    const end = screen.getByLabelText('Alle', { exact: true });

    await user.click(screen.getByRole('button', { name: 'Salva disponibilità' }));
    await waitFor(() => expect(start).toHaveFocus());
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start).toHaveAccessibleDescription(/Scrivi l'ora di inizio \(HH:MM\)\./);

    await user.type(start, '16:00');
    await user.type(end, '14:00');
    await user.click(screen.getByRole('button', { name: 'Salva disponibilità' }));
    await waitFor(() => expect(end).toHaveFocus());
    expect(end).toHaveAccessibleDescription(/Scrivi un'ora di fine successiva all'ora di inizio/);
    expect(body).toBeUndefined();

    // a new service offers its own channels, all checked
    await user.selectOptions(screen.getByLabelText('Servizio'), 'accoglienza');
    expect(screen.getByRole('checkbox', { name: 'Telefono' })).toBeChecked();
    await user.selectOptions(screen.getByLabelText('Servizio'), 'orientamento');
    await user.clear(start);
    await user.type(start, '09:00');
    await user.click(screen.getByRole('button', { name: 'Salva disponibilità' }));
    await waitFor(() =>
      expect(body).toMatchObject({ officeId: OFFICE.id, serviceType: 'orientamento', weekday: 1, startTime: '09:00', endTime: '14:00', channels: ['in_person', 'video'] }),
    );
    expect(await screen.findByText('Scegli almeno un canale offerto per questo servizio.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Canali' })).toHaveClass('is-invalid');
  });
});
