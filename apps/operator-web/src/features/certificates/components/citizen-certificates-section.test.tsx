import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { CitizenCertificatesSection } from './citizen-certificates-section';

const LIST = '/api/operator/certificazioni/citizens/c1/certificates';
const CERT = {
  id: 'k1',
  kind: 'status_attestation',
  locale: 'it',
  status: 'valid',
  issuedAt: '2026-12-03T09:00:00.000Z',
  atDate: '2026-12-03',
  code: 'ABCD-EFGH-IJKL-MNOP',
  verifyUrl: 'http://localhost:4200/verifica/ABCD-EFGH-IJKL-MNOP',
  sha256: 'a'.repeat(64),
  issuedVia: 'citizen',
};
const overview = http.get('/api/operator/patto/citizens/c1', () => HttpResponse.json({}));

describe('Certificati (citizen dossier)', () => {
  it('issues at the desk in the chosen language', async () => {
    let body: unknown;
    server.use(
      overview,
      http.get(LIST, () => HttpResponse.json({ items: [] })),
      http.post(LIST, async ({ request }) => ((body = await request.json()), HttpResponse.json({ ...CERT, issuedVia: 'operator' }, { status: 201 }))),
    );
    const user = userEvent.setup();
    renderWithApp(<CitizenCertificatesSection citizenId="c1" />, { app: 'operator' });
    expect(await screen.findByText('Nessun certificato rilasciato.')).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Copia del patto firmato' })).not.toBeInTheDocument(); // no signed patto
    await user.selectOptions(screen.getByLabelText('Quale certificato'), 'sap_extract');
    await user.click(screen.getByRole('radio', { name: 'Inglese' }));
    await user.click(screen.getByRole('button', { name: 'Rilascia' }));
    expect(await screen.findByText('Certificato rilasciato.')).toBeInTheDocument();
    expect(body).toEqual({ kind: 'sap_extract', locale: 'en' });
  });

  it('revokes with a reason (refused under 5 characters), and shows the server’s refusal', async () => {
    let reason: unknown;
    let calls = 0;
    server.use(
      overview,
      http.get(LIST, () => HttpResponse.json({ items: [CERT] })),
      http.post('/api/operator/certificazioni/certificates/k1/revoke', async ({ request }) => {
        reason = ((await request.json()) as { reason: string }).reason;
        return ++calls === 1 ? problem(409, 'CERTIFICATE_ALREADY_REVOKED') : HttpResponse.json({ ...CERT, status: 'revoked' });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<CitizenCertificatesSection citizenId="c1" />, { app: 'operator' });
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('button', { name: 'Revoca il certificato ABCD-EFGH-IJKL-MNOP' }));
    await user.type(screen.getByLabelText('Motivo della revoca'), 'no');
    await user.click(screen.getByRole('button', { name: 'Conferma la revoca' }));
    await waitFor(() => expect(screen.getByLabelText('Motivo della revoca')).toHaveAccessibleDescription(/almeno 5 caratteri/));
    expect(calls).toBe(0);
    await user.type(screen.getByLabelText('Motivo della revoca'), 'n corretto');
    await user.click(screen.getByRole('button', { name: 'Conferma la revoca' }));
    expect(await screen.findByText('Il certificato è già stato revocato.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Conferma la revoca' }));
    expect(await screen.findByText('Certificato ABCD-EFGH-IJKL-MNOP revocato.')).toBeInTheDocument();
    expect(reason).toBe('non corretto');
  });
});
