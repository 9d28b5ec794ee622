import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ReservedAreaRoute } from './reserved-area';

const OPERATOR_MESSAGE = {
  id: 'a0000000-0000-4000-8000-000000000001',
  senderRole: 'operator',
  senderName: 'Luca Verdi',
  body: 'Buongiorno, ci vediamo giovedì.',
  sentAt: '2026-03-02T09:00:00Z',
};

/** The citizen's reserved area with `messages` and `documents`, an empty timeline; returns what the page marked read. */
function mockDossier({ messages = [] as unknown[], documents = [] as unknown[] } = {}) {
  const read: string[] = [];
  server.use(
    http.get('/api/citizen/dossier/messages', () => HttpResponse.json({ items: messages })),
    http.get('/api/citizen/dossier/documents', () => HttpResponse.json({ items: documents })),
    http.get('/api/citizen/dossier/timeline', () => HttpResponse.json({ items: [] })),
    http.post('/api/citizen/dossier/messages/:id/read', ({ params }) => {
      read.push(String(params.id));
      return HttpResponse.json({ ...OPERATOR_MESSAGE, readAt: '2026-03-02T10:00:00Z' });
    }),
  );
  return read;
}

describe('/area-riservata (citizen): messages and documents', () => {
  it('says there are no messages nor documents yet', async () => {
    mockDossier();
    renderWithApp(<ReservedAreaRoute />);
    expect(await screen.findByText('Non ci sono ancora messaggi.')).toBeInTheDocument();
    expect(await screen.findByText('Non ci sono ancora documenti.')).toBeInTheDocument();
  });

  it("shows the CPI's message as new and marks it read once", async () => {
    const read = mockDossier({ messages: [OPERATOR_MESSAGE] });
    renderWithApp(<ReservedAreaRoute />);
    const list = await screen.findByRole('list', { name: "Messaggi scambiati con il Centro per l'Impiego" });
    expect(within(list).getByText(/Luca Verdi \(Centro per l'Impiego\)/)).toBeInTheDocument();
    expect(within(list).getByText('Nuovo')).toBeInTheDocument();
    await waitFor(() => expect(read).toEqual([OPERATOR_MESSAGE.id]));
  });

  it('refuses an empty message on the field without calling the API', async () => {
    mockDossier();
    let posted = false;
    server.use(http.post('/api/citizen/dossier/messages', () => ((posted = true), problem(500, 'UNKNOWN'))));
    const user = userEvent.setup();
    renderWithApp(<ReservedAreaRoute />);
    const body = await screen.findByLabelText("Scrivi al Centro per l'Impiego");
    await user.type(body, '   ');
    await user.click(screen.getByRole('button', { name: 'Invia il messaggio' }));
    await waitFor(() => expect(body).toHaveAttribute('aria-invalid', 'true'));
    expect(body).toHaveAccessibleDescription(/Scrivi il messaggio \(al massimo 4000 caratteri\)/);
    expect(body).toHaveFocus();
    expect(posted).toBe(false);
  });

  it("shows the server's 400 on /body next to the text", async () => {
    mockDossier();
    server.use(http.post('/api/citizen/dossier/messages', () => problem(400, 'VALIDATION_FAILED', [{ pointer: '/body', constraint: 'isLength' }])));
    const user = userEvent.setup();
    renderWithApp(<ReservedAreaRoute />);
    const body = await screen.findByLabelText("Scrivi al Centro per l'Impiego");
    await user.type(body, 'Posso spostare il colloquio?');
    await user.click(screen.getByRole('button', { name: 'Invia il messaggio' }));
    await waitFor(() => expect(body).toHaveAttribute('aria-invalid', 'true'));
    expect(body).toHaveAccessibleDescription(/Scrivi il messaggio \(al massimo 4000 caratteri\)/);
  });

  it('sends a message and says so', async () => {
    mockDossier();
    let sent: unknown;
    server.use(
      http.post('/api/citizen/dossier/messages', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ id: 'a0000000-0000-4000-8000-000000000002', senderRole: 'citizen', senderName: 'Mario Rossi', body: 'Grazie', sentAt: '2026-03-02T11:00:00Z' });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ReservedAreaRoute />);
    await user.type(await screen.findByLabelText("Scrivi al Centro per l'Impiego"), '  Grazie  ');
    await user.click(screen.getByRole('button', { name: 'Invia il messaggio' }));
    await screen.findByText('Messaggio inviato.');
    expect(sent).toEqual({ body: 'Grazie' });
    expect(screen.getByLabelText("Scrivi al Centro per l'Impiego")).toHaveValue('');
  });

  it('refuses an upload without a type nor a file, then a file that is not a document, without calling the API; offers no scanned patto', async () => {
    mockDossier();
    let posted = false;
    server.use(http.post('/api/citizen/dossier/documents', () => ((posted = true), problem(500, 'UNKNOWN'))));
    const user = userEvent.setup({ applyAccept: false });
    renderWithApp(<ReservedAreaRoute />);
    const type = await screen.findByLabelText('Tipo di documento');
    expect(within(type).queryByRole('option', { name: 'Patto firmato (copia scansionata)' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Carica il documento' }));
    await waitFor(() => expect(type).toHaveAccessibleDescription('Scegli il tipo di documento.'));
    expect(screen.getByLabelText(/^File/)).toHaveAccessibleDescription('Scegli un file.');
    expect(type).toHaveFocus();

    await user.selectOptions(type, 'cv');
    await user.upload(screen.getByLabelText(/^File/), new File(['x'], 'foto.gif', { type: 'image/gif' }));
    await user.click(screen.getByRole('button', { name: 'Carica il documento' }));
    await waitFor(() => expect(screen.getByLabelText(/^File/)).toHaveAccessibleDescription(/solo file PDF, JPEG o PNG/));
    expect(posted).toBe(false);
  });

  it("shows the server's 400 on /type next to the type", async () => {
    mockDossier();
    server.use(http.post('/api/citizen/dossier/documents', () => problem(400, 'VALIDATION_FAILED', [{ pointer: '/type', constraint: 'isIn' }])));
    const user = userEvent.setup();
    renderWithApp(<ReservedAreaRoute />);
    const type = await screen.findByLabelText('Tipo di documento');
    await user.selectOptions(type, 'cv');
    await user.upload(screen.getByLabelText(/^File/), new File(['%PDF-1.7'], 'cv.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Carica il documento' }));
    await waitFor(() => expect(type).toHaveAttribute('aria-invalid', 'true'));
    expect(type).toHaveAccessibleDescription('Scegli il tipo di documento.');
  });
});
