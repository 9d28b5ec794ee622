import type { NotificationPreferencesBody, NotificationPreferencesResponse } from '@opencpi/contracts';
import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { MessagePreferencesForm } from './message-preferences-form';

const DEFAULTS: NotificationPreferencesResponse = { channels: ['email', 'sms'], locale: 'it', nonMandatoryOptOut: false, quietStart: '21:00', quietEnd: '08:00', saved: false };

describe('Come vuoi ricevere i messaggi', () => {
  it('shows the defaults, refuses no channel at all, then saves the opt-out and the language', async () => {
    const bodies: NotificationPreferencesBody[] = [];
    server.use(
      http.put('/api/citizen/notification-preferences', async ({ request }) => {
        const body = (await request.json()) as NotificationPreferencesBody;
        bodies.push(body);
        return HttpResponse.json({ ...DEFAULTS, ...body, saved: true, updatedAt: new Date().toISOString() });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<MessagePreferencesForm preferences={DEFAULTS} />);
    expect(screen.getByText(/Non hai ancora scelto/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'SMS' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'App IO' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Italiano' })).toBeChecked();
    expect(screen.getByText(/dopo le 08:00/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.click(screen.getByRole('checkbox', { name: 'SMS' }));
    await user.click(screen.getByRole('button', { name: 'Salva le mie scelte' }));
    expect(await screen.findByText('Scegli almeno un modo per ricevere i messaggi.')).toBeInTheDocument();
    expect(bodies).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: 'App IO' }));
    await user.click(screen.getByRole('radio', { name: 'Română' }));
    const optOut = screen.getByRole('checkbox', { name: /Non voglio ricevere messaggi informativi/ });
    expect(optOut).toHaveAccessibleDescription(/Riceverai comunque i messaggi obbligatori/);
    await user.click(optOut);
    await user.click(screen.getByRole('button', { name: 'Salva le mie scelte' }));
    await waitFor(() => expect(bodies).toEqual([{ channels: ['io'], locale: 'ro', nonMandatoryOptOut: true }]));
    expect(await screen.findByText('Scelte salvate.')).toBeInTheDocument();
  });
});
