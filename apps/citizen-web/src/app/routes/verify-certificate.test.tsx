import type { PublicCertificateResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { VerifyCertificateRoute } from './verify-certificate';

const CODE = 'ABCD-EFGH-IJKL-MNOP';
const CERT: PublicCertificateResponse = {
  outcome: 'authentic',
  kind: 'status_attestation',
  locale: 'it',
  issuedAt: '2026-12-03',
  code: CODE,
  holderName: 'Mario Rossi',
  holderFiscalCode: 'RSSMRA85T10L219G',
  issuer: 'Regione OpenCPI',
  atDate: '2026-12-01',
  sha256: 'a'.repeat(64),
};

function open(path: string) {
  renderWithApp(
    <Routes>
      <Route path="/verifica" element={<VerifyCertificateRoute />} />
      <Route path="/verifica/:code" element={<VerifyCertificateRoute />} />
    </Routes>,
    { path },
  );
}

describe('/verifica', () => {
  it('authentic: says so and shows what the certificate prints', async () => {
    server.use(http.get(`/api/public/certificates/${CODE}`, () => HttpResponse.json(CERT)));
    open(`/verifica/${CODE}`);
    expect(await screen.findByText('Autentico')).toBeInTheDocument();
    expect(screen.getByText('Il certificato è stato rilasciato da Regione OpenCPI ed è valido.')).toBeInTheDocument();
    expect(screen.getByText('Mario Rossi')).toBeInTheDocument();
    expect(screen.getByText('RSSMRA85T10L219G')).toBeInTheDocument();
  });

  it('revoked: says so with the date', async () => {
    server.use(http.get(`/api/public/certificates/${CODE}`, () => HttpResponse.json({ ...CERT, outcome: 'revoked', revokedAt: '2026-12-02T09:00:00.000Z' })));
    open(`/verifica/${CODE}`);
    expect(await screen.findByText('Revocato')).toBeInTheDocument();
    expect(screen.getByText(/è stato revocato il 2 dicembre 2026/)).toBeInTheDocument();
  });

  it('unknown code: "Non trovato", nothing else', async () => {
    server.use(http.get(`/api/public/certificates/${CODE}`, () => problem(404, 'CERTIFICATE_NOT_FOUND')));
    open(`/verifica/${CODE}`);
    expect(await screen.findByText('Non trovato')).toBeInTheDocument();
    expect(screen.queryByText('Cosa riporta il certificato')).not.toBeInTheDocument();
  });

  it('without a code: the typed code, grouped, opens its answer', async () => {
    server.use(http.get(`/api/public/certificates/${CODE}`, () => HttpResponse.json(CERT)));
    const user = userEvent.setup();
    open('/verifica');
    await user.click(screen.getByRole('button', { name: 'Verifica' }));
    await waitFor(() => expect(screen.getByLabelText('Codice di verifica')).toHaveAccessibleDescription(/sedici lettere e cifre/));
    await user.type(screen.getByLabelText('Codice di verifica'), 'abcdefghijklmnop');
    await user.click(screen.getByRole('button', { name: 'Verifica' }));
    expect(await screen.findByText('Autentico')).toBeInTheDocument();
  });

  it('upload a PDF: authentic when it is ours, not found otherwise; a file is required', async () => {
    let calls = 0;
    server.use(
      http.post('/api/public/certificates/verify-file', () =>
        ++calls === 1 ? HttpResponse.json({ outcome: 'authentic', certificate: CERT }) : HttpResponse.json({ outcome: 'not_found' }),
      ),
    );
    const user = userEvent.setup();
    open('/verifica');
    await user.click(screen.getByRole('button', { name: 'Verifica il file' }));
    await waitFor(() => expect(screen.getByLabelText('PDF del certificato')).toHaveAccessibleDescription(/Scegli il PDF del certificato\./));
    const file = new File(['%PDF-1.7'], 'certificato.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('PDF del certificato'), file);
    await user.click(screen.getByRole('button', { name: 'Verifica il file' }));
    expect(await screen.findByText('Il file è identico al certificato rilasciato.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verifica il file' }));
    expect(await screen.findByText('Non trovato: il file non è un nostro certificato, oppure è stato modificato.')).toBeInTheDocument();
  });
});
