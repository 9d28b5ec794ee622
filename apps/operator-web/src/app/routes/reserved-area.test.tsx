import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ReservedAreaRoute } from './reserved-area';

const CITIZEN = '6f1c2b1e-9d7a-4c53-8f1e-2a4b5c6d7e8f';
const BASE = `/api/operator/dossier/citizens/${CITIZEN}`;
const DOCUMENTS = [
  {
    id: 'd1',
    type: 'cv',
    fileName: 'cv-vecchio.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 2048,
    sha256: 'x',
    uploadedByRole: 'citizen',
    uploadedByName: 'Fatima Khalil',
    uploadedAt: '2026-03-01T09:00:00Z',
  },
  {
    id: 'd2',
    type: 'patto_scan',
    fileName: 'patto.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 1_572_864,
    sha256: 'y',
    uploadedByRole: 'operator',
    uploadedByName: 'Luca Verdi',
    uploadedAt: '2026-03-05T09:00:00Z',
  },
];

function mockDossier({ messages = [] as unknown[], documents = [] as unknown[] } = {}) {
  server.use(
    http.get(`/api/operator/patto/citizens/${CITIZEN}`, () => HttpResponse.json({ citizenId: CITIZEN, fiscalCode: 'KHLFTM95M52Z330E', name: 'Fatima Khalil' })),
    http.get(`${BASE}/messages`, () => HttpResponse.json({ items: messages })),
    http.get(`${BASE}/documents`, () => HttpResponse.json({ items: documents })),
    http.get(`${BASE}/timeline`, () => HttpResponse.json({ items: [] })),
  );
}

function renderRoute() {
  return renderWithApp(
    <Routes>
      <Route path="/cittadini/:citizenId/area-riservata" element={<ReservedAreaRoute />} />
    </Routes>,
    { app: 'operator', path: `/cittadini/${CITIZEN}/area-riservata` },
  );
}

describe('/cittadini/:id/area-riservata (operator): messages and documents', () => {
  it('says there are no messages yet', async () => {
    mockDossier();
    renderRoute();
    expect(await screen.findByText('Non ci sono ancora messaggi.')).toBeInTheDocument();
  });

  it('lists the documents newest first, with who uploaded them, the size and the link to open them', async () => {
    mockDossier({ documents: DOCUMENTS });
    renderRoute();
    const table = await screen.findByRole('table', { name: 'Documenti della persona' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['patto.pdf', 'cv-vecchio.pdf']);
    expect(rows[0]).toHaveTextContent("Luca Verdi (Centro per l'Impiego)");
    expect(rows[0]).toHaveTextContent('Patto firmato (copia scansionata)');
    expect(rows[0]).toHaveTextContent(/1,5\sMB/);
    expect(within(rows[1]!).getByRole('link', { name: 'Apri cv-vecchio.pdf' })).toHaveAttribute('href', `${BASE}/documents/d1/content`);
  });

  it('refuses a message over 4000 characters on the field without calling the API', async () => {
    mockDossier();
    let posted = false;
    server.use(http.post(`${BASE}/messages`, () => ((posted = true), problem(500, 'UNKNOWN'))));
    const user = userEvent.setup();
    renderRoute();
    const body = await screen.findByLabelText('Scrivi alla persona');
    await user.click(body);
    await user.paste('a'.repeat(4001));
    await user.click(screen.getByRole('button', { name: 'Invia il messaggio' }));
    await waitFor(() => expect(body).toHaveAttribute('aria-invalid', 'true'));
    expect(body).toHaveAccessibleDescription(/Scrivi il messaggio \(al massimo 4000 caratteri\)/);
    expect(posted).toBe(false);
  });

  it('uploads a scanned patto (the CPI may) and says so', async () => {
    mockDossier();
    let received: { type: unknown; file: boolean } | undefined;
    server.use(
      http.post(`${BASE}/documents`, async ({ request }) => {
        const form = await request.formData();
        // jsdom's File does not reach Node's FormData whole (name and bytes are lost on the way): only its part is checked
        received = { type: form.get('type'), file: form.has('file') };
        return HttpResponse.json({ ...DOCUMENTS[1], id: 'd3' });
      }),
    );
    const user = userEvent.setup();
    renderRoute();
    await user.selectOptions(await screen.findByLabelText('Tipo di documento'), 'patto_scan');
    await user.upload(screen.getByLabelText(/^File/), new File(['%PDF-1.7'], 'patto.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Carica il documento' }));
    await screen.findByText('Documento caricato.');
    expect(received).toEqual({ type: 'patto_scan', file: true });
  });

  it("shows the server's 400 on /file next to the file", async () => {
    mockDossier();
    server.use(http.post(`${BASE}/documents`, () => problem(422, 'DOCUMENT_TYPE_NOT_ALLOWED', [{ pointer: '/file' }])));
    const user = userEvent.setup();
    renderRoute();
    await user.selectOptions(await screen.findByLabelText('Tipo di documento'), 'cv');
    const file = screen.getByLabelText(/^File/);
    await user.upload(file, new File(['%PDF-1.7'], 'cv.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Carica il documento' }));
    await waitFor(() => expect(file).toHaveAttribute('aria-invalid', 'true'));
    expect(file).toHaveAccessibleDescription(/solo file PDF, JPEG o PNG/);
  });
});
