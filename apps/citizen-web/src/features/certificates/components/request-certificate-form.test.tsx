import { todayInRome } from '@opencpi/i18n';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { RequestCertificateForm } from './request-certificate-form';

const PATTO_ID = '7a770000-0000-4000-8000-000000000001';
const signedPatto = {
  id: PATTO_ID,
  citizenId: 'c1',
  citizenName: 'Mario Rossi',
  citizenFiscalCode: 'RSSMRA85T10L219G',
  officeId: 'o1',
  officeName: 'CPI Torino',
  status: 'signed',
  currentVersion: 1,
  versions: [{ version: 1, status: 'signed', signedAt: '2026-11-20T10:00:00.000Z', signatures: [] }],
};
const patti = (items: unknown[] = []) => http.get('/api/citizen/patti', () => HttpResponse.json({ items }));
const issued = (body: unknown) => HttpResponse.json({ id: 'x', ...(body as object), status: 'valid', code: 'ABCD-EFGH-IJKL-MNOP' }, { status: 201 });

describe('Richiedi un certificato', () => {
  it('sends an attestation at the chosen past date, in English when asked, then says it is ready', async () => {
    let body: unknown;
    server.use(
      patti(),
      http.post('/api/citizen/certificazioni/certificates', async ({ request }) => ((body = await request.json()), issued(body))),
      http.get('/api/citizen/certificazioni/certificates', () => HttpResponse.json({ items: [] })),
    );
    const user = userEvent.setup();
    renderWithApp(<RequestCertificateForm />);
    const date = await screen.findByLabelText('Alla data del');
    expect(date).toHaveValue(todayInRome());
    await user.clear(date);
    await user.type(date, '2026-03-31');
    await user.click(screen.getByRole('radio', { name: 'Inglese' }));
    await user.click(screen.getByRole('button', { name: 'Richiedi il certificato' }));
    expect(await screen.findByText('Certificato pronto: lo trovi qui sotto e puoi scaricarlo.')).toBeInTheDocument();
    expect(body).toEqual({ kind: 'status_attestation', locale: 'en', atDate: '2026-03-31' });
  });

  it('refuses a future date and a copy without a patto, without calling the API', async () => {
    let posted = false;
    server.use(
      patti([signedPatto]),
      http.post('/api/citizen/certificazioni/certificates', () => ((posted = true), problem(500, 'UNKNOWN'))),
    );
    const user = userEvent.setup();
    renderWithApp(<RequestCertificateForm />);
    const date = await screen.findByLabelText('Alla data del');
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Richiedi il certificato' }));
    await waitFor(() => expect(screen.getByLabelText('Alla data del')).toHaveAccessibleDescription(/Scegli una data non futura\./));

    await user.selectOptions(screen.getByLabelText('Quale certificato'), 'patto_copy');
    expect(screen.queryByLabelText('Alla data del')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Richiedi il certificato' }));
    await waitFor(() => expect(screen.getByLabelText('Quale patto')).toHaveAccessibleDescription('Scegli il patto da copiare.'));
    expect(posted).toBe(false);
  });

  it('sends a copy of the chosen signed patto, and shows the server’s refusal on its field', async () => {
    let body: unknown;
    server.use(
      patti([signedPatto]),
      http.post('/api/citizen/certificazioni/certificates', async ({ request }) => {
        body = await request.json();
        return problem(422, 'CERTIFICATE_PATTO_NOT_SIGNED', [{ pointer: '/pattoId', constraint: 'signedPatto' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<RequestCertificateForm />);
    await user.selectOptions(await screen.findByLabelText('Quale certificato'), 'patto_copy');
    await user.selectOptions(await screen.findByLabelText('Quale patto'), PATTO_ID);
    await user.click(screen.getByRole('button', { name: 'Richiedi il certificato' }));
    await waitFor(() => expect(body).toEqual({ kind: 'patto_copy', locale: 'it', pattoId: PATTO_ID }));
    expect(await screen.findAllByText(/non ha ancora una versione firmata/)).not.toHaveLength(0);
  });

  it('says when there is no signed patto to copy', async () => {
    server.use(patti([]));
    const user = userEvent.setup();
    renderWithApp(<RequestCertificateForm />);
    await user.selectOptions(await screen.findByLabelText('Quale certificato'), 'patto_copy');
    expect(await screen.findByText('Non hai ancora un patto firmato da copiare.')).toBeInTheDocument();
  });
});
