import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { CompanyResponse } from '@opencpi/contracts';
import { renderWithApp, server } from '@opencpi/web-testing';
import { ImpreseCompanyRoute } from './imprese-company';

const company = (over: Partial<CompanyResponse> = {}): CompanyResponse => ({
  id: 'c1',
  name: 'Forneria Conti S.r.l.',
  vatNumber: '01234567897',
  atecoCode: '10.71.10',
  status: 'approved',
  officeName: "Centro per l'Impiego di Moncalieri",
  sites: [{ comuneIstat: '001156', comuneName: 'Moncalieri', address: 'Via Roma 10', main: true }],
  members: [
    { id: 'm1', fiscalCode: 'CNTLNE79H61L219Y', givenName: 'Elena', familyName: 'Conti', admin: true },
    { id: 'm2', fiscalCode: 'KHLFTM95M52Z330E', givenName: 'Fatima', familyName: 'Khalil', admin: false },
  ],
  canAdminister: true,
  createdAt: '2026-12-01T09:00:00.000Z',
  ...over,
});
const mine = (items: CompanyResponse[]) => http.get('/api/citizen/registry/companies', () => HttpResponse.json({ items }));
const thread = (items: unknown[] = []) => http.get('/api/employer/dossier/companies/c1/messages', () => HttpResponse.json({ items }));

describe('Profilo impresa', () => {
  it('offers the registration to somebody of no company', async () => {
    server.use(mine([]));
    renderWithApp(<ImpreseCompanyRoute />);
    expect(await screen.findByText('Non fai ancora parte di nessuna impresa registrata.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Registra la tua impresa' })).toHaveAttribute('href', '/imprese/registrazione');
  });

  it('explains a pending company and offers no member management nor vacancies', async () => {
    server.use(mine([company({ status: 'pending' })]));
    renderWithApp(<ImpreseCompanyRoute />);
    expect(await screen.findByText(/sta verificando la registrazione/)).toBeInTheDocument();
    expect(screen.getByText("In attesa di verifica del Centro per l'Impiego")).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invita un collaboratore' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Vai alle offerte di lavoro' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Rimuovi/ })).not.toBeInTheDocument();
  });

  it('shows the reason of a rejection', async () => {
    server.use(mine([company({ status: 'rejected', rejectionReason: 'Partita IVA cessata' })]));
    renderWithApp(<ImpreseCompanyRoute />);
    expect(await screen.findByText('La registrazione è stata respinta. Motivo: Partita IVA cessata')).toBeInTheDocument();
  });

  it('lets the administrator of an approved company invite and remove colleagues', async () => {
    let invited: unknown;
    let removed = '';
    server.use(
      mine([company()]),
      thread(),
      http.post('/api/employer/registry/companies/c1/members', async ({ request }) => ((invited = await request.json()), HttpResponse.json(company(), { status: 201 }))),
      http.delete('/api/employer/registry/companies/c1/members/:memberId', ({ params }) => ((removed = String(params['memberId'])), HttpResponse.json(company()))),
    );
    const user = userEvent.setup();
    renderWithApp(<ImpreseCompanyRoute />);
    expect(await screen.findByRole('link', { name: 'Vai alle offerte di lavoro' })).toHaveAttribute('href', '/imprese');
    expect(screen.queryByRole('button', { name: 'Rimuovi Elena Conti' })).not.toBeInTheDocument(); // the administrator stays
    await user.click(screen.getByRole('button', { name: 'Rimuovi Fatima Khalil' }));
    await waitFor(() => expect(removed).toBe('m2'));

    const invite = screen.getByRole('heading', { name: 'Invita un collaboratore' }).closest('section')!;
    await user.type(within(invite).getByLabelText('Codice fiscale'), 'rssmra85t10l219g');
    await user.type(within(invite).getByLabelText('Nome'), 'Mario');
    await user.type(within(invite).getByLabelText('Cognome'), 'Rossi');
    await user.click(within(invite).getByRole('button', { name: 'Invita' }));
    await waitFor(() => expect(invited).toEqual({ fiscalCode: 'RSSMRA85T10L219G', givenName: 'Mario', familyName: 'Rossi' }));
    expect(await screen.findByText('Invito registrato.')).toBeInTheDocument();
  });

  it('shows a colleague the company without management', async () => {
    server.use(
      mine([company({ canAdminister: false })]),
      thread([{ id: 'x1', senderRole: 'operator', senderName: 'Anna Ferrari', body: 'Benvenuti allo sportello imprese.', sentAt: '2026-12-02T09:00:00.000Z' }]),
      http.post('/api/employer/dossier/companies/c1/messages/x1/read', () => HttpResponse.json({})),
    );
    renderWithApp(<ImpreseCompanyRoute />);
    expect(await screen.findByText('Forneria Conti S.r.l.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Rimuovi/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invita un collaboratore' })).not.toBeInTheDocument();
    // the company's thread with the CPI's company desk
    expect(await screen.findByText('Benvenuti allo sportello imprese.')).toBeInTheDocument();
    expect(screen.getByLabelText("Scrivi allo sportello imprese del Centro per l'Impiego")).toBeInTheDocument();
  });
});
