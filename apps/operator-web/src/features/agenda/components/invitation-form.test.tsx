import type { OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { InvitationForm } from './invitation-form';

const OFFICE = { id: '0b7c1f0e-4a8d-4f2b-9c1e-3d5f7a9b1c2d', name: 'CPI Torino' } as OfficeResponse;
const SERVICES = [{ code: 'accoglienza', name: 'Prima accoglienza e informazioni', channels: ['in_person'] }] as ServiceTypeResponse[];

describe('Invita a prenotare', () => {
  it('names the line of a code that is not 16 characters and refuses 0 days (CreateInvitationsBody), then the line of the code the server refuses', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post('/api/operator/agenda/invitations', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/fiscalCodes/1', constraint: 'isFiscalCode' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<InvitationForm offices={[OFFICE]} services={SERVICES} officeId={OFFICE.id} onOfficeChange={vi.fn()} onSent={vi.fn()} />, { app: 'operator' });
    const codes = screen.getByLabelText('Codici fiscali (uno per riga)');
    const days = screen.getByLabelText('Entro quanti giorni');

    await user.type(codes, 'RSSMRA85T10A562S{Enter}khlftm95m52z330');
    await user.clear(days);
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: 'Invia inviti' }));
    await waitFor(() => expect(codes).toHaveFocus());
    expect(codes).toHaveAccessibleDescription(/Riga 2: il codice fiscale KHLFTM95M52Z330 non è valido\./);
    expect(days).toHaveAccessibleDescription(/Scrivi un numero di giorni da 1 a 60\./);
    expect(body).toBeUndefined();

    await user.clear(codes);
    await user.type(codes, 'RSSMRA85T10A562S{Enter}{Enter}KHLFTM95M52Z330X');
    await user.clear(days);
    await user.type(days, '7');
    await user.click(screen.getByRole('button', { name: 'Invia inviti' }));
    // two people: a bulk send asks first
    await screen.findByText('Vuoi invitare 2 persone a prenotare «Prima accoglienza e informazioni» presso CPI Torino?');
    expect(body).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Sì, invia 2 inviti' }));
    await waitFor(() => expect(body).toEqual({ officeId: OFFICE.id, serviceType: 'accoglienza', fiscalCodes: ['RSSMRA85T10A562S', 'KHLFTM95M52Z330X'], withinDays: 7 }));
    await waitFor(() => expect(codes).toHaveAccessibleDescription(/Riga 3: il codice fiscale KHLFTM95M52Z330X non è valido\./));
  });
});
