import type { ProfileResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { MatchingProfileRoute } from './matching-profile';

const PROFILE: ProfileResponse = {
  saved: false,
  visibility: 'cpi_agencies',
  maxKm: 25,
  ownVehicle: false,
  hours: 'any',
  shifts: false,
  contractTypes: [],
  targetOccupations: [],
  skills: [],
  experiences: [{ title: 'Magazziniere', employer: 'Logistica Sud', from: '2019-03-01', to: '2023-06-30' }],
  education: [{ title: 'Diploma di maturità', eqfLevel: 4, year: 2010 }],
  languages: [],
  licences: ['B'],
  available: true,
  suggestedSkills: [],
};

function answer(response: ProfileResponse | Response) {
  server.use(http.get('/api/citizen/matching/profile', () => (response instanceof Response ? response : HttpResponse.json(response))));
  renderWithApp(<MatchingProfileRoute />);
}

describe('/profilo-professionale', () => {
  it('not saved yet: says it is pre-filled from the DID, shows the DID rows in the form, no CV link', async () => {
    answer(PROFILE);
    expect(await screen.findByText(/Abbiamo precompilato il profilo/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Esperienza 1' })).toBeInTheDocument();
    expect(screen.getByLabelText('Professione svolta')).toHaveValue('Magazziniere');
    expect(screen.getByLabelText('Livello EQF')).toHaveValue('4');
    expect(screen.getByRole('checkbox', { name: 'Patente B' })).toBeChecked();
    expect(screen.queryByRole('link', { name: /curriculum Europass/ })).not.toBeInTheDocument();
  });

  it('saved: no pre-fill note, the Europass CV link', async () => {
    answer({ ...PROFILE, saved: true, comuneIstat: '001272', comuneName: 'Torino' });
    expect(await screen.findByRole('link', { name: /curriculum Europass/ })).toBeInTheDocument();
    expect(screen.queryByText(/Abbiamo precompilato il profilo/)).not.toBeInTheDocument();
    expect(screen.getByText('Comune scelto: Torino')).toBeInTheDocument();
  });

  it('a failed request: the error box and "Riprova", no form', async () => {
    answer(problem(503, 'SERVICE_UNAVAILABLE'));
    expect(await screen.findByRole('button', { name: 'Riprova' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Salva il profilo' })).not.toBeInTheDocument();
  });
});
