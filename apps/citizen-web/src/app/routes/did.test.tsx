import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { DidRoute } from './did';

const PREFILL = { fiscalCode: 'KHLFTM90A41Z330X', givenName: 'Fatima', familyName: 'Khalil', officeName: "Centro per l'Impiego di Torino" };
const STATUS = { status: 'not_unemployed', monthsUnemployed: 0, derivation: [] };
const ACTIVE = {
  id: 'd1',
  status: 'active',
  filedAt: '2026-11-20T09:00:00Z',
  workCondition: 'no_job',
  benefit: 'none',
  citizenship: 'MA',
  contactDeadline: '2026-12-20',
  contactDays: 30,
  education: [],
  jobs: [],
  languages: [],
  licences: [],
};
const overview = (active?: object) => ({ ...(active ? { active } : {}), history: [], employmentStatus: STATUS, prefill: PREFILL });

describe('/did', () => {
  it('without an active DID: the form; with one: the DID, its deadline and the revocation, no form', async () => {
    server.use(http.get('/api/citizen/patto/did', () => HttpResponse.json(overview())));
    const first = renderWithApp(<DidRoute />);
    expect(await screen.findByRole('heading', { name: 'Dichiara la tua disponibilità' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'La tua DID è attiva' })).not.toBeInTheDocument();
    first.unmount();

    server.use(http.get('/api/citizen/patto/did', () => HttpResponse.json(overview(ACTIVE))));
    renderWithApp(<DidRoute />);
    expect(await screen.findByRole('heading', { name: 'La tua DID è attiva' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Dichiara la tua disponibilità' })).not.toBeInTheDocument();
  });

  it("checks FileDidBody's limits in the browser: situation, declaration, a study title too short", async () => {
    let posted = false;
    server.use(
      http.get('/api/citizen/patto/did', () => HttpResponse.json(overview())),
      http.post('/api/citizen/patto/did', () => ((posted = true), HttpResponse.json(overview(ACTIVE)))),
    );
    const user = userEvent.setup();
    renderWithApp(<DidRoute />);
    await user.click(await screen.findByRole('button', { name: 'Aggiungi un titolo di studio' }));
    await user.type(screen.getByLabelText('Titolo di studio'), 'D');
    await user.click(screen.getByRole('button', { name: 'Invia la dichiarazione' }));

    expect(await screen.findByText('Scegli la tua situazione lavorativa.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Dichiaro che i dati sono veri/ })).toHaveAccessibleDescription(/devi spuntare questa casella/);
    expect(screen.getByLabelText('Titolo di studio')).toHaveAccessibleDescription('Il testo è troppo corto o troppo lungo.');
    expect(screen.getByLabelText('Livello EQF')).toHaveAccessibleDescription("Scegli un valore dall'elenco.");
    expect(posted).toBe(false);
  });

  it("shows the server's 400 on /noticeEndDate next to the field (DID_NOT_ELIGIBLE)", async () => {
    server.use(
      http.get('/api/citizen/patto/did', () => HttpResponse.json(overview())),
      http.post('/api/citizen/patto/did', () => problem(422, 'DID_NOT_ELIGIBLE', [{ pointer: '/noticeEndDate', constraint: 'notEligible' }])),
    );
    const user = userEvent.setup();
    renderWithApp(<DidRoute />);
    await user.click(await screen.findByRole('radio', { name: 'Lavoro ma il rapporto sta per finire (preavviso)' }));
    await user.type(screen.getByLabelText('Ultimo giorno di lavoro'), '2027-06-30');
    await user.click(screen.getByRole('checkbox', { name: /Dichiaro che i dati sono veri/ }));
    await user.click(screen.getByRole('button', { name: 'Invia la dichiarazione' }));

    const notice = screen.getByLabelText('Ultimo giorno di lavoro');
    await waitFor(() => expect(notice).toHaveAttribute('aria-invalid', 'true'));
    expect(notice).toHaveAccessibleDescription('Con questo dato non è possibile rilasciare la DID: controllalo.');
  });

  it("the revocation: RevokeDidBody's limit in the browser, then the server's 400 on /reason", async () => {
    let calls = 0;
    server.use(
      http.get('/api/citizen/patto/did', () => HttpResponse.json(overview(ACTIVE))),
      http.post('/api/citizen/patto/did/revoke', () => ((calls += 1), problem(400, 'VALIDATION_FAILED', [{ pointer: '/reason', constraint: 'isLength' }]))),
    );
    const user = userEvent.setup();
    renderWithApp(<DidRoute />);
    const reason = await screen.findByLabelText('Motivo della revoca');
    await user.type(reason, 'no');
    await user.click(screen.getByRole('button', { name: 'Revoca la DID' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription('Scrivi il motivo della revoca (almeno 3 caratteri).'));
    expect(calls).toBe(0);

    await user.type(reason, 'n lavoro più: assunto');
    await user.click(screen.getByRole('button', { name: 'Revoca la DID' }));
    // a valid reason asks first; "No" sends nothing and gives the button back
    const question = await screen.findByText('Vuoi davvero revocare la DID?');
    await waitFor(() => expect(question).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'No, mantienila' }));
    expect(calls).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Revoca la DID' }));
    await user.click(await screen.findByRole('button', { name: 'Sì, revoca la DID' }));
    await waitFor(() => expect(calls).toBe(1));
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription('Scrivi il motivo della revoca (almeno 3 caratteri).');
  });
});
