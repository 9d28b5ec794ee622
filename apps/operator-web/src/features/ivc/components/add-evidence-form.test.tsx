import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AddEvidenceForm } from './add-evidence-form';

const DOC = '3f1c1e1a-3333-4333-8333-333333333333';
const CASE = {
  id: 'k1',
  state: 'identification',
  citizenId: 'c1',
  citizenName: 'Mario Rossi',
  citizenFiscalCode: 'RSSMRA85T10L219G',
  officeId: 'o1',
  qualification: { id: 'q1', region: '01', code: 'Q', title: 'Operatore di cucina', eqfLevel: 3, adaRefs: [], source: 's', sample: true, verified: false, competences: [] },
  requestedAt: '2026-12-01T10:00:00.000Z',
  evidence: [],
  judgements: [],
  outputs: [],
  profileExperiences: [{ index: 0, title: 'Cuoco', employer: 'Trattoria Da Gino', from: '2018-03-01' }],
  actions: ['add_evidence', 'close_identification'],
};

describe('Aggiungi una prova', () => {
  it('an experience of the profile (chosen from the list) and a document of the dossier', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get('/api/operator/dossier/citizens/c1/documents', () => HttpResponse.json({ items: [{ id: DOC, type: 'other', fileName: 'attestato-haccp.pdf' }] })),
      http.post('/api/operator/ivc/cases/k1/evidence', async ({ request }) => (bodies.push(await request.json()), HttpResponse.json(CASE, { status: 201 }))),
    );
    const user = userEvent.setup();
    renderWithApp(<AddEvidenceForm item={CASE} />, { app: 'operator' });
    await user.click(screen.getByRole('radio', { name: 'Esperienza' }));
    const experience = screen.getByLabelText('Esperienza del profilo professionale');
    await user.click(screen.getByRole('button', { name: 'Aggiungi la prova' }));
    await waitFor(() => expect(experience).toHaveFocus());
    expect(experience).toHaveAccessibleDescription('Scegli un elemento dall’elenco.');
    expect(bodies).toHaveLength(0);
    await user.selectOptions(experience, 'Cuoco · Trattoria Da Gino · dal 2018-03-01');
    await user.click(screen.getByRole('button', { name: 'Aggiungi la prova' }));
    expect(await screen.findByText('Prova aggiunta al dossier.')).toBeInTheDocument();
    expect(bodies[0]).toEqual({ kind: 'experience', experienceIndex: 0 });

    await user.click(screen.getByRole('radio', { name: 'Documento' }));
    await user.selectOptions(await screen.findByLabelText('Documento del fascicolo'), 'attestato-haccp.pdf');
    await user.type(screen.getByLabelText('Commento'), 'Attestato HACCP');
    await user.click(screen.getByRole('button', { name: 'Aggiungi la prova' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ kind: 'document', documentId: DOC, text: 'Attestato HACCP' });
  });
});
