import type { OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ConvocationForm } from './convocation-form';

const OFFICE = { id: '0b7c1f0e-4a8d-4f2b-9c1e-3d5f7a9b1c2d', name: 'CPI Torino' } as OfficeResponse;
const SERVICES = [{ code: 'accoglienza', name: 'Prima accoglienza e informazioni', channels: ['in_person', 'phone'] }] as ServiceTypeResponse[];
const SLOT = {
  id: '7d9e2c4a-1b3f-4e5d-8a6c-9f0b1e2d3c4a',
  officeId: OFFICE.id,
  officeName: OFFICE.name,
  operatorId: 'op1',
  operatorName: 'Anna Bianchi',
  startsAt: '2027-01-15T08:00:00Z',
  endsAt: '2027-01-15T08:30:00Z',
  localDate: '2027-01-15',
  localTime: '09:00',
  channels: ['in_person'],
  seatsLeft: 1,
};

describe('Convoca un cittadino', () => {
  it("refuses what CreateConvocationBody refuses (fiscal code, slot, legal basis), then shows the server's 400 on /legalBasis", async () => {
    let body: Record<string, unknown> | undefined;
    let slotQuery: URLSearchParams | undefined;
    server.use(
      http.get('/api/operator/agenda/slots', ({ request }) => {
        slotQuery = new URL(request.url).searchParams;
        return HttpResponse.json({ items: [SLOT] });
      }),
      http.post('/api/operator/agenda/convocations', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/legalBasis', constraint: 'isLength' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ConvocationForm offices={[OFFICE]} services={SERVICES} initial={{ invitationId: '3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9' }} onCreated={vi.fn()} />, {
      app: 'operator',
    });
    const fiscalCode = screen.getByLabelText('Codice fiscale');
    await user.type(fiscalCode, 'rssmra85');
    expect(fiscalCode).toHaveValue('RSSMRA85');
    await user.click(screen.getByRole('button', { name: 'Invia convocazione' }));
    await waitFor(() => expect(fiscalCode).toHaveFocus());
    expect(fiscalCode).toHaveAccessibleDescription('Scrivi un codice fiscale valido (16 caratteri).');
    const slots = screen.getByRole('group', { name: 'Data e ora' });
    expect(slots).toHaveAccessibleDescription(/Scegli una data e un'ora\./);
    expect(screen.getByLabelText('Base giuridica')).toHaveAccessibleDescription(/Scrivi la base giuridica \(da 5 a 300 caratteri\)\./);
    expect(body).toBeUndefined();
    expect(slotQuery?.get('channel')).toBe('in_person');

    await user.type(fiscalCode, 'T10A562S');
    await user.click(within(slots).getByRole('radio', { name: /09:00 – Anna Bianchi/ }));
    await user.type(screen.getByLabelText('Base giuridica'), 'art. 20 D.Lgs. 150/2015');
    await user.click(screen.getByRole('button', { name: 'Invia convocazione' }));
    await waitFor(() =>
      expect(body).toEqual({
        fiscalCode: 'RSSMRA85T10A562S',
        slotId: SLOT.id,
        channel: 'in_person',
        legalBasis: 'art. 20 D.Lgs. 150/2015',
        invitationId: '3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9',
      }),
    );
    await waitFor(() => expect(screen.getByLabelText('Base giuridica')).toHaveAttribute('aria-invalid', 'true'));
  });
});
