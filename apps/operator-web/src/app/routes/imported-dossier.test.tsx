import { renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ImportedDossierRoute } from './imported-dossier';

const ID = '1a000000-0000-4000-8000-000000000001';
const DOSSIER = {
  id: ID,
  fiscalCode: 'RSSMRA85T10L219G',
  holderName: 'Mario Rossi',
  issuerId: 'did:web:lavoro.regione-a.test',
  issuerName: 'Regione Lombardia',
  exportId: 'e0000000-0000-4000-8000-000000000001',
  exportedAt: '2026-12-01T09:00:00.000Z',
  importedAt: '2026-12-03T09:00:00.000Z',
  importedBy: 'VRDLCU78C15L219W',
  personStatus: 'not_registered',
  readOnly: true,
  dossier: {
    sections: { registry: { fiscalCode: 'RSSMRA85T10L219G', givenName: 'Mario', familyName: 'Rossi' }, patti: [{ id: 'p1', status: 'signed', versions: [] }], profiling: null },
  },
  files: [
    {
      id: 'f0000000-0000-4000-8000-000000000001',
      path: 'summary.pdf',
      fileName: 'summary.pdf',
      mimeType: 'application/pdf',
      sha256: 'a'.repeat(64),
      sizeBytes: 4096,
      section: 'summary',
    },
  ],
};

describe('/fascicoli-importati/:importId: an imported dossier, read-only', () => {
  it('says where it comes from and that it is read-only, lists its sections and files', async () => {
    server.use(http.get(`/api/operator/portability/imports/${ID}`, () => HttpResponse.json(DOSSIER)));
    const user = userEvent.setup();
    renderWithApp(
      <Routes>
        <Route path="/fascicoli-importati/:importId" element={<ImportedDossierRoute />} />
      </Routes>,
      { app: 'operator', path: `/fascicoli-importati/${ID}` },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Fascicolo importato di Mario Rossi' })).toBeInTheDocument();
    expect(screen.getByText('Da Regione Lombardia, sola lettura')).toBeInTheDocument();
    expect(screen.getByText(/La persona non è ancora registrata qui/)).toBeInTheDocument();
    expect(screen.getByText('Patti di servizio con le firme: 1 elemento')).toBeInTheDocument();
    expect(screen.getByText('Profilazione: nessun dato')).toBeInTheDocument();
    await user.click(screen.getByText('Dati anagrafici: presente'));
    expect(screen.getByLabelText('Dati anagrafici')).toHaveTextContent('"givenName": "Mario"');
    expect(screen.getByRole('link', { name: 'summary.pdf' })).toHaveAttribute('href', `/api/operator/portability/imports/${ID}/files/${DOSSIER.files[0]!.id}`);
    expect(screen.getByRole('cell', { name: 'Riepilogo sigillato' })).toBeInTheDocument();
  });
});
