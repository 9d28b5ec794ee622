import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { CitizenImportsSection } from '../../features/portability/components/citizen-imports-section';
import { ImportBundleRoute } from './import-bundle';

const IMPORTED = {
  id: '1a000000-0000-4000-8000-000000000001',
  fiscalCode: 'RSSMRA85T10L219G',
  holderName: 'Mario Rossi',
  issuerId: 'did:web:lavoro.regione-a.test',
  issuerName: 'Regione Lombardia',
  exportId: 'e0000000-0000-4000-8000-000000000001',
  exportedAt: '2026-12-01T09:00:00.000Z',
  importedAt: '2026-12-03T09:00:00.000Z',
  importedBy: 'VRDLCU78C15L219W',
  personStatus: 'linked',
  readOnly: true,
};
const zip = () => new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'fascicolo.zip', { type: 'application/zip' });

describe('/importa-fascicolo: import a dossier from another region', () => {
  it('refuses a tampered bundle with its reason, then imports a good one and links to it', async () => {
    let calls = 0;
    server.use(
      http.get('/api/operator/portability/imports', () => HttpResponse.json({ items: calls > 1 ? [IMPORTED] : [] })),
      http.post('/api/operator/portability/imports', () => (++calls === 1 ? problem(422, 'PORTABILITY_BUNDLE_TAMPERED') : HttpResponse.json(IMPORTED, { status: 201 }))),
    );
    const user = userEvent.setup();
    renderWithApp(<ImportBundleRoute />, { app: 'operator' });
    expect(await screen.findByText('Nessun fascicolo importato finora.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importa il fascicolo' }));
    expect(await screen.findByText('Scegli il file ZIP del fascicolo.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Fascicolo (file ZIP)'), zip());
    await user.click(screen.getByRole('button', { name: 'Importa il fascicolo' }));
    expect(await screen.findByText('Il fascicolo è stato modificato dopo la firma: non è stato importato nulla.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importa il fascicolo' }));
    expect(await screen.findByText('Fascicolo di Mario Rossi importato da Regione Lombardia.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Apri il fascicolo importato' })).toHaveAttribute('href', `/fascicoli-importati/${IMPORTED.id}`);
    expect(await screen.findByRole('link', { name: 'Mario Rossi (RSSMRA85T10L219G)' })).toBeInTheDocument();
  });

  it("shows the person's imported history as read-only, from the other region, and nothing when there is none", async () => {
    server.use(http.get('/api/operator/portability/citizens/c1/imports', () => HttpResponse.json({ items: [IMPORTED] })));
    renderWithApp(<CitizenImportsSection citizenId="c1" />, { app: 'operator' });
    expect(await screen.findByRole('heading', { name: 'Storico da altre Regioni' })).toBeInTheDocument();
    expect(await screen.findByText(/Da Regione Lombardia, sola lettura/)).toBeInTheDocument();
    server.use(http.get('/api/operator/portability/citizens/c2/imports', () => HttpResponse.json({ items: [] })));
    const { container } = renderWithApp(<CitizenImportsSection citizenId="c2" />, { app: 'operator' });
    await waitFor(() => expect(container.querySelector('section')).toBeNull());
  });
});
