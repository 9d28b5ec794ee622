import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { IvcCaseRoute } from './ivc-case';

const C1 = '3f1c1e1a-2222-4222-8222-222222222221';
const C2 = '3f1c1e1a-2222-4222-8222-222222222222';
const BASE = '/api/operator/ivc/cases/k1';
const CASE = {
  id: 'k1',
  state: 'requested',
  citizenId: 'c1',
  citizenName: 'Mario Rossi',
  citizenFiscalCode: 'RSSMRA85T10L219G',
  officeId: 'o1',
  officeName: 'CPI Torino',
  qualification: {
    id: 'q1',
    region: '01',
    code: 'PIE-0042',
    title: 'Operatore della ristorazione',
    eqfLevel: 3,
    adaRefs: [],
    source: 'sample',
    sample: true,
    verified: false,
    competences: [
      { id: C1, code: 'C1', title: 'Preparare i piatti', description: '' },
      { id: C2, code: 'C2', title: 'Curare l’igiene degli ambienti', description: '' },
    ],
  },
  requestedAt: '2026-12-01T10:00:00.000Z',
  evidence: [] as unknown[],
  judgements: [] as unknown[],
  outputs: [] as unknown[],
  actions: ['take_charge'],
};
const session = (roles: string[]) =>
  http.get('/api/auth/session', () =>
    HttpResponse.json({ authenticated: true, csrfToken: 't', user: { fiscalCode: 'VRDLCU78C15L219W', name: 'Luca', familyName: 'Verdi', roles, spidLevel: 2 } }),
  );
const render = () =>
  renderWithApp(
    <Routes>
      <Route path="/validazione-competenze/casi/:caseId" element={<IvcCaseRoute />} />
    </Routes>,
    { app: 'operator', path: '/validazione-competenze/casi/k1' },
  );

describe('/validazione-competenze/casi/:caseId', () => {
  it('the guiding operator takes charge, adds a note (required), and closes identification (summary of 10+ characters)', async () => {
    const evidence = { id: 'e1', kind: 'note', label: 'Colloquio', text: 'Colloquio', competenceIds: [C1], addedAt: '2026-12-03T09:00:00.000Z', addedByName: 'Luca Verdi' };
    const identification = { ...CASE, state: 'identification', guideName: 'Luca Verdi', profileExperiences: [], actions: ['add_evidence', 'close_identification'] };
    let evidenceBody: unknown;
    let summary: unknown;
    server.use(
      session(['operator']),
      http.get(BASE, () => HttpResponse.json(CASE)),
      http.get('/api/operator/dossier/citizens/c1/documents', () => HttpResponse.json({ items: [] })),
      http.post(`${BASE}/take-charge`, () => HttpResponse.json(identification)),
      http.post(
        `${BASE}/evidence`,
        async ({ request }) => ((evidenceBody = await request.json()), HttpResponse.json({ ...identification, evidence: [evidence] }, { status: 201 })),
      ),
      http.post(`${BASE}/identification/close`, async ({ request }) => {
        summary = await request.json();
        return HttpResponse.json({
          ...identification,
          state: 'awaiting_validation',
          evidence: [evidence],
          actions: [],
          outputs: [{ id: 'o1', kind: 'transparency', issuedAt: '2026-12-03T10:00:00.000Z', sha256: 'a', pdfUrl: '', hasBadge: false }],
        });
      }),
    );
    const user = userEvent.setup();
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Validazione: Mario Rossi' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mario Rossi' })).toHaveAttribute('href', '/cittadini/c1');
    await user.click(screen.getByRole('button', { name: 'Prendi in carico' }));
    expect(await screen.findByText('Hai preso in carico il caso: ora sei l’operatore di riferimento.')).toBeInTheDocument();

    const text = await screen.findByLabelText('Testo della nota');
    await user.click(screen.getByRole('button', { name: 'Aggiungi la prova' }));
    await waitFor(() => expect(text).toHaveFocus());
    expect(text).toHaveAccessibleDescription(/Scrivi da 1 a 2000 caratteri\./);
    expect(evidenceBody).toBeUndefined();
    await user.type(text, 'Colloquio');
    await user.click(screen.getByRole('checkbox', { name: 'Preparare i piatti' }));
    await user.click(screen.getByRole('button', { name: 'Aggiungi la prova' }));
    expect(await screen.findByText('Prova aggiunta al dossier.')).toBeInTheDocument();
    expect(evidenceBody).toEqual({ kind: 'note', text: 'Colloquio', competenceIds: [C1] });
    expect(screen.getByText(/Competenze a cui si riferisce: Preparare i piatti/)).toBeInTheDocument();

    const summaryField = screen.getByLabelText('Sintesi per il documento di trasparenza');
    await user.type(summaryField, 'Breve');
    await user.click(screen.getByRole('button', { name: 'Chiudi l’individuazione' }));
    await waitFor(() => expect(summaryField).toHaveFocus());
    expect(summaryField).toHaveAccessibleDescription(/Scrivi una sintesi da 10 a 4000 caratteri\./);
    expect(summary).toBeUndefined();
    await user.type(summaryField, ': esperienza in cucina documentata');
    await user.click(screen.getByRole('button', { name: 'Chiudi l’individuazione' }));
    expect(await screen.findByText('Individuazione chiusa: documento di trasparenza rilasciato.')).toBeInTheDocument();
    expect(summary).toEqual({ summary: 'Breve: esperienza in cucina documentata' });
    expect(screen.getByText('In attesa del valutatore')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Scarica il PDF: Documento di trasparenza' })).toHaveAttribute('href', '/api/operator/ivc/outputs/o1/pdf');
    expect(screen.queryByRole('button', { name: 'Aggiungi la prova' })).not.toBeInTheDocument();
  });

  it('the assessor judges each competence (outcome and reasons required; the server’s 400 on a row), then closes validation', async () => {
    const validation = { ...CASE, state: 'validation', guideName: 'Luca Verdi', assessorName: 'Chiara Moretti', actions: ['judge'] };
    const bodies: unknown[] = [];
    server.use(
      session(['operator', 'ivc_assessor']),
      http.get(BASE, () => HttpResponse.json(validation)),
      http.put(`${BASE}/judgements`, async ({ request }) => {
        const body = (await request.json()) as { items: { competenceId: string; outcome: string; notes: string }[] };
        bodies.push(body);
        if (bodies.length === 1) return problem(400, 'VALIDATION_FAILED', [{ pointer: '/items/1/notes', constraint: 'isLength' }]);
        const judgements = body.items.map((i) => ({ ...i, judgedAt: '2026-12-03T11:00:00.000Z' }));
        return HttpResponse.json({ ...validation, judgements, actions: ['judge', 'close_validation'] });
      }),
      http.post(`${BASE}/validation/close`, () =>
        HttpResponse.json({
          ...validation,
          state: 'validated',
          actions: ['record_exam'],
          outputs: [{ id: 'o2', kind: 'validation', issuedAt: '2026-12-03T11:00:00.000Z', sha256: 'a', pdfUrl: '', hasBadge: true }],
        }),
      ),
    );
    const user = userEvent.setup();
    render();
    const first = await screen.findByRole('group', { name: 'Preparare i piatti' });
    const second = screen.getByRole('group', { name: 'Curare l’igiene degli ambienti' });
    await user.click(screen.getByRole('button', { name: 'Salva i giudizi' }));
    await waitFor(() => expect(within(first).getByRole('group', { name: 'Esito' })).toHaveFocus());
    expect(within(first).getByText('Scegli validata o non validata.')).toBeInTheDocument();
    expect(within(second).getByLabelText('Motivazione')).toHaveAccessibleDescription('Scrivi una motivazione da 3 a 2000 caratteri.');
    expect(bodies).toHaveLength(0);

    await user.click(within(first).getByRole('radio', { name: 'Validata' }));
    await user.type(within(first).getByLabelText('Motivazione'), 'Prova pratica superata');
    await user.click(within(second).getByRole('radio', { name: 'Non validata' }));
    await user.type(within(second).getByLabelText('Motivazione'), 'Nessuna prova');
    await user.click(screen.getByRole('button', { name: 'Salva i giudizi' }));
    await waitFor(() => expect(within(second).getByLabelText('Motivazione')).toHaveAttribute('aria-invalid', 'true'));
    expect(within(second).getByLabelText('Motivazione')).toHaveAccessibleDescription('Scrivi una motivazione da 3 a 2000 caratteri.');

    await user.click(screen.getByRole('button', { name: 'Salva i giudizi' }));
    expect(await screen.findByText('Giudizi salvati.')).toBeInTheDocument();
    expect(bodies[1]).toEqual({
      items: [
        { competenceId: C1, outcome: 'validated', notes: 'Prova pratica superata' },
        { competenceId: C2, outcome: 'not_validated', notes: 'Nessuna prova' },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Chiudi la validazione' }));
    expect(await screen.findByText('Validazione chiusa.')).toBeInTheDocument();
    expect(screen.getByText('Validata', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Scarica il PDF: Documento di validazione' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Esito dell’esame della commissione' })).toBeInTheDocument();
  });
});
