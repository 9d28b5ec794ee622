import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithApp, server } from '@opencpi/web-testing';
import { ContactRequestsRoute } from './contact-requests';

const REQUEST = {
  id: 'r1',
  companyName: 'Officine Subalpine S.r.l.',
  vacancyId: 'v1',
  vacancyTitle: 'Tornitore',
  channel: 'direct',
  status: 'pending',
  message: 'Vorremmo conoscerla',
  createdAt: '2026-12-02T09:00:00.000Z',
};

describe('/contatti-aziende', () => {
  it('says when no company asked', async () => {
    server.use(http.get('/api/citizen/matching/contact-requests', () => HttpResponse.json({ items: [] })));
    renderWithApp(<ContactRequestsRoute />);
    expect(await screen.findByText('Nessuna richiesta di contatto.')).toBeInTheDocument();
  });

  it('accepts a pending request and says what the company now sees; an answered one has no buttons', async () => {
    let answer: unknown;
    server.use(
      http.get('/api/citizen/matching/contact-requests', () =>
        HttpResponse.json({ items: [REQUEST, { ...REQUEST, id: 'r2', companyName: 'Caffè Torinese S.n.c.', status: 'declined', answeredAt: '2026-12-02T10:00:00.000Z' }] }),
      ),
      http.post(
        '/api/citizen/matching/contact-requests/r1/answer',
        async ({ request }) => ((answer = await request.json()), HttpResponse.json({ ...REQUEST, status: 'accepted' })),
      ),
    );
    const user = userEvent.setup();
    renderWithApp(<ContactRequestsRoute />);
    expect(await screen.findByText('Officine Subalpine S.r.l. per l’offerta «Tornitore»')).toBeInTheDocument();
    expect(screen.getByText('Rifiutata')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Caffè Torinese/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accetta: Officine Subalpine S.r.l. può contattarmi' }));
    await waitFor(() => expect(answer).toEqual({ accept: true }));
    expect(await screen.findByText('Hai accettato: l’azienda vede i tuoi contatti.')).toBeInTheDocument();
  });
});
