import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { NewPattoRoute } from './new-patto';

const CITIZEN = '6f1c2b1e-9d7a-4c53-8f1e-2a4b5c6d7e8f';
const template = (pathway: number, acts: string) => ({
  pathway,
  jobSearchActs: acts,
  contactFrequencyDays: 30,
  proofOfSearch: 'Copia delle candidature inviate.',
  availabilityWorkshops: true,
  availabilityTraining: true,
  availabilityCongruousOffers: true,
  actions: [{ type: 'workshop', title: 'Laboratorio CV', provider: 'cpi', dueInDays: 14 }],
});

function mockApi(post: Parameters<typeof http.post>[1]) {
  server.use(
    http.get(`/api/operator/patto/citizens/${CITIZEN}`, () =>
      HttpResponse.json({
        citizenId: CITIZEN,
        fiscalCode: 'KHLFTM95M52Z330E',
        name: 'Fatima Khalil',
        employmentStatus: { status: 'unemployed', monthsUnemployed: 2, derivation: [] },
        channel: { modelVersion: '1', maxScore: 12 },
      }),
    ),
    http.get('/api/operator/patto/templates', () =>
      HttpResponse.json({ items: [template(1, 'Almeno due candidature al mese.'), template(2, 'Almeno quattro candidature al mese, con il tutor.')] }),
    ),
    http.post('/api/operator/patti', post),
  );
}

function renderRoute() {
  return renderWithApp(
    <Routes>
      <Route path="/cittadini/:citizenId/patto/nuovo" element={<NewPattoRoute />} />
    </Routes>,
    { app: 'operator', path: `/cittadini/${CITIZEN}/patto/nuovo` },
  );
}

describe('new patto (operator)', () => {
  it('fills from the pathway template; refuses what PattoContentBody refuses, next to the fields', async () => {
    let posted = false;
    mockApi(() => ((posted = true), HttpResponse.json({})));
    const user = userEvent.setup();
    renderRoute();
    const acts = await screen.findByLabelText('Atti di ricerca attiva richiesti e tempi');
    expect(acts).toHaveValue('Almeno due candidature al mese.');
    await user.selectOptions(screen.getByLabelText('Percorso GOL'), '2');
    expect(acts).toHaveValue('Almeno quattro candidature al mese, con il tutor.');

    await user.clear(acts);
    await user.type(acts, 'Poco');
    await user.clear(screen.getByLabelText('Frequenza dei contatti (giorni)'));
    await user.type(screen.getByLabelText('Frequenza dei contatti (giorni)'), '200');
    await user.clear(screen.getByLabelText('Descrizione azione 1'));
    await user.click(screen.getByRole('button', { name: 'Salva la bozza' }));

    await waitFor(() => expect(acts).toHaveAccessibleDescription(/da 10 a 2000 caratteri/));
    expect(screen.getByLabelText('Frequenza dei contatti (giorni)')).toHaveAccessibleDescription(/da 7 a 180/);
    expect(screen.getByLabelText('Descrizione azione 1')).toHaveAccessibleDescription(/Descrivi l'azione 1/);
    expect(posted).toBe(false);
  });

  it("shows the server's 400 on /actions/0/dueDate next to the action's due date", async () => {
    mockApi(() => problem(400, 'VALIDATION_FAILED', [{ pointer: '/actions/0/dueDate', constraint: 'isIsoDate' }]));
    const user = userEvent.setup();
    renderRoute();
    await screen.findByLabelText('Atti di ricerca attiva richiesti e tempi');
    await user.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    const due = screen.getByLabelText('Entro il 1');
    await waitFor(() => expect(due).toHaveAttribute('aria-invalid', 'true'));
    expect(due).toHaveAccessibleDescription("Scrivi una data valida per l'azione 1.");
  });
});
