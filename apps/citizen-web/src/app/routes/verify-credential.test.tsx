import type { CredentialVerificationResultResponse } from '@opencpi/contracts';
import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { VerifyCredentialRoute } from './verify-credential';

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJmb28iOjF9.c2ln';
const VALID: CredentialVerificationResultResponse = {
  result: 'valid',
  checks: ['structure', 'context', 'issuer_trust', 'signature', 'validity_period', 'status'].map((check) => ({ check, passed: true })),
  badge: {
    name: 'Gestione del magazzino',
    issuerId: 'did:web:localhost%3A3000',
    issuerName: 'Regione OpenCPI',
    achievementName: 'Gestione del magazzino',
    criteria: 'Validazione delle competenze',
    validFrom: '2026-12-01T10:00:00Z',
    alignments: [{ targetName: 'Addetto alla logistica', targetUrl: 'https://example.org/q/1', targetCode: 'Q-1' }],
  },
  checkedAt: '2026-12-03T10:00:00.000Z',
};

function open() {
  renderWithApp(
    <Routes>
      <Route path="/verifica-credenziale" element={<VerifyCredentialRoute />} />
    </Routes>,
    { path: '/verifica-credenziale' },
  );
}

describe('/verifica-credenziale', () => {
  it('pasted credential, valid: the result, the badge, the issuer, the dates', async () => {
    let sent: unknown;
    server.use(
      http.post('/api/public/credentials/verify', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(VALID);
      }),
    );
    const user = userEvent.setup();
    open();
    expect(screen.getByRole('heading', { level: 1, name: 'Verifica una credenziale digitale' })).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: 'Credenziale' }));
    await user.paste(`  ${JWT}\n`);
    await user.click(screen.getByRole('button', { name: 'Verifica la credenziale' }));
    expect(await screen.findByText('Credenziale valida')).toBeInTheDocument();
    expect(sent).toEqual({ credential: JWT });
    expect(screen.getAllByText('Gestione del magazzino').length).toBeGreaterThan(0);
    expect(screen.getByText('Regione OpenCPI (did:web:localhost%3A3000)')).toBeInTheDocument();
    expect(screen.getByText('1 dicembre 2026')).toBeInTheDocument();
    expect(screen.getByText(/Addetto alla logistica \(Q-1\)/)).toBeInTheDocument();
    expect(screen.queryByText(/Controllo non superato/)).not.toBeInTheDocument();
  });

  it('tampered: names the failed check in words, the data as not confirmed', async () => {
    server.use(
      http.post('/api/public/credentials/verify', () =>
        HttpResponse.json({
          ...VALID,
          result: 'tampered',
          failedCheck: 'signature',
          reason: 'signature not valid',
          checks: [
            { check: 'structure', passed: true },
            { check: 'context', passed: true },
            { check: 'issuer_trust', passed: true },
            { check: 'signature', passed: false },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('textbox', { name: 'Credenziale' }));
    await user.paste(JWT);
    await user.click(screen.getByRole('button', { name: 'Verifica la credenziale' }));
    expect(await screen.findByText('Credenziale alterata')).toBeInTheDocument();
    expect(screen.getByText('Controllo non superato: firma digitale')).toBeInTheDocument();
    expect(screen.getByText('firma digitale: non superato')).toBeInTheDocument();
    expect(screen.getByText('Dati come riportati nella credenziale, non confermati.')).toBeInTheDocument();
  });

  it('an empty form asks for the credential; an uploaded file fills it', async () => {
    server.use(http.post('/api/public/credentials/verify', () => HttpResponse.json({ ...VALID, result: 'revoked', failedCheck: 'status' })));
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Verifica la credenziale' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Credenziale' })).toHaveAccessibleDescription(/Incolla la credenziale o carica il file\./));
    await user.upload(screen.getByLabelText('Oppure carica il file della credenziale'), new File([JSON.stringify({ jwt: JWT })], 'badge.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Credenziale' })).toHaveValue(JSON.stringify({ jwt: JWT })));
    await user.click(screen.getByRole('button', { name: 'Verifica la credenziale' }));
    expect(await screen.findByText('Credenziale revocata')).toBeInTheDocument();
    expect(screen.getByText('Controllo non superato: stato di revoca')).toBeInTheDocument();
  });
});
