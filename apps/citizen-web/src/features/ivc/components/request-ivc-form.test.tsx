import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { RequestIvcForm } from './request-ivc-form';

const QUALIFICATION = {
  id: '3f1c1e1a-1111-4111-8111-111111111111',
  region: '01',
  code: 'PIE-0042',
  title: 'Operatore della ristorazione',
  eqfLevel: 3,
  adaRefs: ['ADA.23.01.02'],
  source: 'Campione dimostrativo',
  sample: true,
  verified: false,
  competences: [
    { id: '3f1c1e1a-2222-4222-8222-222222222221', code: 'C1', title: 'Preparare i piatti', description: '', adaRef: 'ADA.23.01.02' },
    { id: '3f1c1e1a-2222-4222-8222-222222222222', code: 'C2', title: 'Curare l’igiene degli ambienti', description: '' },
  ],
};
const CASES = '/api/citizen/ivc/cases';
const search = http.get('/api/citizen/ivc/qualifications', () => HttpResponse.json({ items: [QUALIFICATION] }));
const created = { id: 'k1', phase: 'in_progress', qualification: QUALIFICATION, requestedAt: '2026-12-03T10:00:00.000Z', validatedCompetenceIds: [], outputs: [] };

async function pickQualification(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('combobox', { name: 'Qualificazione del repertorio regionale' }), 'ristor');
  await user.click(await screen.findByRole('option', { name: /Operatore della ristorazione/ }));
  expect(await screen.findAllByText('Qualificazione scelta: Operatore della ristorazione (PIE-0042)')).not.toHaveLength(0);
}

describe('Chiedi la validazione delle competenze', () => {
  it('asks to choose a qualification, then refuses a note over 1000 characters on its field, focused, without calling the API', async () => {
    let posted = false;
    server.use(
      search,
      http.post(CASES, () => ((posted = true), HttpResponse.json(created, { status: 201 }))),
    );
    const user = userEvent.setup();
    renderWithApp(<RequestIvcForm />);
    await user.click(screen.getByRole('button', { name: 'Chiedi la validazione' }));
    const combobox = screen.getByRole('combobox', { name: 'Qualificazione del repertorio regionale' });
    await waitFor(() => expect(combobox).toHaveFocus());
    expect(combobox).toHaveAccessibleDescription(/Cerca la qualificazione e sceglila dall’elenco\./);

    await pickQualification(user);
    expect(screen.getByText('Curare l’igiene degli ambienti')).toBeInTheDocument();
    expect(screen.getByText(/campione dimostrativo/)).toBeInTheDocument();
    const note = screen.getByLabelText('Vuoi dire qualcosa all’operatore? (facoltativo)');
    await user.click(note);
    await user.paste('x'.repeat(1001));
    await user.click(screen.getByRole('button', { name: 'Chiedi la validazione' }));
    await waitFor(() => expect(note).toHaveFocus());
    expect(note).toHaveAccessibleDescription(/Scrivi al massimo 1000 caratteri\./);
    expect(posted).toBe(false);
  });

  it('shows the server’s 400 on the note field, then sends the request and says what happens next', async () => {
    const bodies: unknown[] = [];
    server.use(
      search,
      http.get(CASES, () => HttpResponse.json({ items: [] })),
      http.post(CASES, async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1 ? problem(400, 'VALIDATION_FAILED', [{ pointer: '/note', constraint: 'isLength' }]) : HttpResponse.json(created, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<RequestIvcForm />);
    await pickQualification(user);
    const note = screen.getByLabelText('Vuoi dire qualcosa all’operatore? (facoltativo)');
    await user.type(note, 'Ho lavorato 5 anni in trattoria');
    await user.click(screen.getByRole('button', { name: 'Chiedi la validazione' }));
    await waitFor(() => expect(note).toHaveAccessibleDescription(/Scrivi al massimo 1000 caratteri\./));
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(bodies[0]).toEqual({ qualificationId: QUALIFICATION.id, note: 'Ho lavorato 5 anni in trattoria' });

    await user.click(screen.getByRole('button', { name: 'Chiedi la validazione' }));
    expect(await screen.findByText(/Richiesta inviata\./)).toBeInTheDocument();
    expect(bodies).toHaveLength(2);
  });

  it('says when a request for the same qualification is still open (409)', async () => {
    server.use(
      search,
      http.post(CASES, () => problem(409, 'IVC_CASE_ALREADY_OPEN')),
    );
    const user = userEvent.setup();
    renderWithApp(<RequestIvcForm />);
    await pickQualification(user);
    await user.click(screen.getByRole('button', { name: 'Chiedi la validazione' }));
    expect(await screen.findByText('Hai già una richiesta in corso per questa qualificazione.')).toBeInTheDocument();
  });
});
