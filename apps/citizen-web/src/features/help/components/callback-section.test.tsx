import type { CallbackRequestBody } from '@opencpi/contracts';
import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CallbackSection } from './callback-section';

describe('Preferisco essere richiamato', () => {
  it('prefills the phone, refuses a number with letters, then sends and says when we will call', async () => {
    const bodies: CallbackRequestBody[] = [];
    server.use(
      http.get('/api/citizen/registry/profile', () => HttpResponse.json({ fiscalCode: 'RSSMRA85T10L219G', givenName: 'Mario', familyName: 'Rossi', mobilePhone: '3331234567' })),
      http.get('/api/citizen/assistance/callback-requests/latest', () => HttpResponse.json({})),
      http.post('/api/citizen/assistance/callback-requests', async ({ request }) => {
        const body = (await request.json()) as CallbackRequestBody;
        bodies.push(body);
        return HttpResponse.json({ id: 'c1', phone: body.phone, timeWindow: body.timeWindow, status: 'open', requestedAt: '2026-12-04T09:30:00.000Z' }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<CallbackSection />);
    const phone = await screen.findByLabelText('Numero di telefono');
    expect(phone).toHaveValue('3331234567');
    await user.clear(phone);
    await user.type(phone, '333 12ab');
    await user.click(screen.getByRole('button', { name: 'Chiedi di essere richiamato' }));
    expect(await screen.findByText(/Scrivi un numero di telefono/)).toBeInTheDocument();
    expect(bodies).toHaveLength(0);

    await user.clear(phone);
    await user.type(phone, '+40 721 000 111');
    await user.click(screen.getByRole('radio', { name: 'Di pomeriggio (14–17)' }));
    await user.click(screen.getByRole('button', { name: 'Chiedi di essere richiamato' }));
    await waitFor(() => expect(bodies).toEqual([{ phone: '+40721000111', timeWindow: 'afternoon' }]));
    expect(await screen.findByText(/Ti richiameremo al numero \+40721000111 \(Di pomeriggio \(14–17\)\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chiedi di essere richiamato' })).not.toBeInTheDocument();
  });
});
