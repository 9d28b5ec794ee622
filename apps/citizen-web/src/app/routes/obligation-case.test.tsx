import type { ConditionalityCaseResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ObligationCaseRoute } from './obligation-case';

const CASE_URL = '/api/citizen/condizionalita/cases/c1';
const JUSTIFY_URL = `${CASE_URL}/justification`;
const CASE: ConditionalityCaseResponse = {
  id: 'c1',
  state: 'open',
  breachCode: 'missed_appointment',
  benefit: 'NASPI',
  occurredOn: '2026-11-30',
  deadline: '2026-12-05',
  windowOpen: true,
  openedAt: '2026-12-01T09:00:00Z',
  benefitId: 'INPS-1',
  sourceType: 'attendance.recorded',
  sourceRef: 'a1',
  timeline: [],
  measures: [],
  letterAvailable: false,
};
const JUSTIFICATION = { reasonCode: 'illness_injury', text: 'Ero a letto con la febbre alta.', submittedAt: '2026-12-02T10:00:00Z', documents: [] };

function open(answer: ConditionalityCaseResponse | Response) {
  server.use(
    http.get(CASE_URL, () => (answer instanceof Response ? answer : HttpResponse.json(answer))),
    // the other sections of the page (what may follow, help): not what these tests look at
    http.get('/api/citizen/condizionalita/obligations', () => HttpResponse.json({ benefitsAvailable: false, benefits: [] })),
    http.get('/api/citizen/registry/profile', () => problem(503, 'SERVICE_UNAVAILABLE')),
  );
  renderWithApp(
    <Routes>
      <Route path="/obblighi/:caseId" element={<ObligationCaseRoute />} />
    </Routes>,
    { path: '/obblighi/c1' },
  );
}

describe('/obblighi/:caseId', () => {
  it('open, window open: an empty justification is refused on its fields (focus on the reason), without calling the API', async () => {
    let posted = false;
    server.use(http.post(JUSTIFY_URL, () => ((posted = true), problem(500, 'UNKNOWN'))));
    const user = userEvent.setup();
    open(CASE);
    await user.click(await screen.findByRole('button', { name: 'Invia la giustificazione' }));
    const reason = screen.getByLabelText('Motivo', { exact: true });
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveAccessibleDescription("Scegli il motivo dall'elenco.");
    expect(screen.getByLabelText('Spiega cosa è successo')).toHaveAccessibleDescription(/Scrivi una spiegazione di almeno 10 caratteri/);
    expect(screen.getByRole('heading', { name: 'Cosa può succedere' })).toBeInTheDocument();
    expect(posted).toBe(false);
  });

  it("the server's 400 on /text shows on the text (focused); then a sent justification is said and summarised", async () => {
    let calls = 0;
    server.use(
      http.post(JUSTIFY_URL, () => {
        calls += 1;
        if (calls === 1) return problem(400, 'VALIDATION_FAILED', [{ pointer: '/text', constraint: 'isLength' }]);
        return HttpResponse.json({ ...CASE, state: 'justification_submitted', justification: JUSTIFICATION });
      }),
    );
    const user = userEvent.setup();
    open(CASE);
    await user.selectOptions(await screen.findByLabelText('Motivo', { exact: true }), 'illness_injury');
    const text = screen.getByLabelText('Spiega cosa è successo');
    await user.type(text, 'Ero a letto con la febbre alta.');
    await user.click(screen.getByRole('button', { name: 'Invia la giustificazione' }));
    await waitFor(() => expect(text).toHaveAccessibleDescription(/Scrivi una spiegazione di almeno 10 caratteri/));
    await waitFor(() => expect(text).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Invia la giustificazione' }));
    expect(await screen.findByText(/Giustificazione inviata\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'La tua giustificazione' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invia la giustificazione' })).not.toBeInTheDocument();
  });

  it('open, window closed: says when it ended, no form', async () => {
    open({ ...CASE, windowOpen: false });
    expect(await screen.findByText(/Il tempo per giustificarti è finito il/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invia la giustificazione' })).not.toBeInTheDocument();
  });

  it('decided: the decision, no "what may follow", no form', async () => {
    open({
      ...CASE,
      state: 'decided_justified',
      justification: JUSTIFICATION,
      decision: { outcome: 'justified', reasonCode: 'illness_injury', decidedAt: '2026-12-03T09:00:00Z' },
    });
    expect(await screen.findByRole('heading', { name: 'La decisione' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Cosa può succedere' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invia la giustificazione' })).not.toBeInTheDocument();
  });

  it('not one of mine: "Non abbiamo trovato questo procedimento"', async () => {
    open(problem(404, 'CONDITIONALITY_CASE_NOT_FOUND'));
    expect(await screen.findByText('Non abbiamo trovato questo procedimento tra i tuoi.')).toBeInTheDocument();
  });
});
