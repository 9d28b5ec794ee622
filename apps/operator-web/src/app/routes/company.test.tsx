import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { CompanyResponse } from '@opencpi/contracts';
import { CompanyRoute } from './company';

const COMPANY: CompanyResponse = {
  id: 'c1',
  name: 'Forneria Conti S.r.l.',
  vatNumber: '01234567897',
  atecoCode: '10.71.10',
  status: 'pending',
  sites: [{ comuneIstat: '001156', comuneName: 'Moncalieri', address: 'Via Roma 10', main: true }],
  members: [{ id: 'm1', fiscalCode: 'CNTLNE79H61L219Y', givenName: 'Elena', familyName: 'Conti', admin: true }],
  createdAt: '2026-12-01T09:00:00.000Z',
};
const render = () =>
  renderWithApp(
    <Routes>
      <Route path="/imprese/:companyId" element={<CompanyRoute />} />
    </Routes>,
    { app: 'operator', path: '/imprese/c1' },
  );

describe('/imprese/:companyId (operator)', () => {
  it('needs a reason to reject, then records the decision', async () => {
    let body: unknown;
    server.use(
      http.get('/api/operator/registry/companies/c1', () => HttpResponse.json(COMPANY)),
      http.post('/api/operator/registry/companies/c1/review', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ ...COMPANY, status: 'rejected', rejectionReason: 'Partita IVA cessata' });
      }),
    );
    const user = userEvent.setup();
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Forneria Conti S.r.l.' })).toBeInTheDocument();
    expect(screen.getByText('Elena Conti (CNTLNE79H61L219Y), amministratore')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Respingi' }));
    await user.click(screen.getByRole('button', { name: 'Registra la decisione' }));
    const reason = screen.getByLabelText(/Motivo/);
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(/Scrivi il motivo del rifiuto/);
    expect(body).toBeUndefined();
    await user.type(reason, 'Partita IVA cessata');
    await user.click(screen.getByRole('button', { name: 'Registra la decisione' }));
    await waitFor(() => expect(body).toEqual({ decision: 'reject', reason: 'Partita IVA cessata' }));
    expect(await screen.findByText('Forneria Conti S.r.l. è stata respinta.')).toBeInTheDocument();
  });

  it('shows an approved company with its thread and no review form', async () => {
    server.use(
      http.get('/api/operator/registry/companies/c1', () => HttpResponse.json({ ...COMPANY, status: 'approved' })),
      http.get('/api/operator/dossier/companies/c1/messages', () => HttpResponse.json({ items: [] })),
    );
    render();
    expect(await screen.findByRole('heading', { name: 'Messaggi' })).toBeInTheDocument();
    expect(screen.getByLabelText("Scrivi all'impresa")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registra la decisione' })).not.toBeInTheDocument();
  });
});
