import { addDays, todayInRome } from '@opencpi/i18n';
import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { UploadDelegationForm } from './upload-delegation-form';

describe('Carica una delega firmata', () => {
  it('refuses without scopes and file, then sends the fiscal code, the scopes as a list and the file', async () => {
    let sent: FormData | undefined;
    server.use(
      http.post('/api/intermediary/delegations', async ({ request }) => {
        sent = await request.formData();
        return HttpResponse.json({}, { status: 201 });
      }),
      http.get('/api/intermediary/delegations', () => HttpResponse.json({ items: [] })),
    );
    const user = userEvent.setup();
    renderWithApp(<UploadDelegationForm />, { app: 'operator' });
    await user.type(screen.getByLabelText('Codice fiscale della persona'), 'khlftm95m52z330e');
    await user.click(screen.getByRole('button', { name: 'Carica la delega' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Cosa comprende la delega' })).toHaveAccessibleDescription(/Scegli almeno una voce\./));
    expect(sent).toBeUndefined();
    await user.click(screen.getByLabelText('prenotare e spostare appuntamenti'));
    await user.click(screen.getByLabelText('caricare documenti'));
    const until = addDays(todayInRome(), 30);
    await user.clear(screen.getByLabelText('Valida fino al (compreso)'));
    await user.type(screen.getByLabelText('Valida fino al (compreso)'), until);
    await user.upload(screen.getByLabelText(/Delega firmata/), new File(['%PDF-1.4'], 'delega.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Carica la delega' }));
    expect(await screen.findByText('Delega caricata: il Centro per l’Impiego la verificherà.')).toBeInTheDocument();
    expect(sent?.get('fiscalCode')).toBe('KHLFTM95M52Z330E');
    expect(sent?.get('scopes')).toBe('appointments,documents');
    expect(sent?.get('validUntil')).toBe(until);
    expect(sent?.has('file')).toBe(true); // the name does not survive jsdom's multipart, the part does
  });
});
