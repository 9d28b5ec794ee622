import type { MatchExplanationResponse, VacancyMatchResponse } from '@opencpi/contracts';
import { renderWithApp } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VacancyMatchCard } from './vacancy-match-card';

const EXPLANATION: MatchExplanationResponse = {
  metRequired: [{ id: 1, label: 'cucinare pasti' }],
  missingRequired: [{ id: 2, label: 'gestire il magazzino' }],
  metOptional: [],
  missingOptional: [
    { id: 3, label: 'inglese' },
    { id: 4, label: 'usare la cassa' },
  ],
  occupationMatch: 'same',
  requiredEqf: 3,
  eqf: 3,
  missingLanguages: [{ language: 'en', level: 'A2' }],
  missingLicences: [],
  distanceKm: 0.3,
  maxKm: 20,
  availabilityMatch: true,
  points: { requiredSkills: 10, optionalSkills: 0, occupation: 10, education: 10, languages: 0, licences: 10, distance: 10, availability: 10 },
  summaryCode: 'missing',
};
const match = (explanation: MatchExplanationResponse) =>
  ({
    vacancy: { id: 'v1', title: 'Aiuto cuoco', companyName: 'Trattoria', comuneName: 'Torino', contractType: 'permanent' },
    score: 72,
    explanation,
    saved: false,
  }) as unknown as VacancyMatchResponse;

describe('the explanation of a vacancy card', () => {
  it('one sentence of what you have, one of what is missing, optional ones apart, the distance as a fact', () => {
    renderWithApp(<VacancyMatchCard match={match(EXPLANATION)} />);
    expect(screen.getByText('Hai già: cucinare pasti, Hai già fatto questa professione.')).toBeInTheDocument();
    // the language is said once ("Inglese A2"), not also as the optional skill "inglese"; the distance is not a gap
    expect(screen.getByText(/^Ti manca: gestire il magazzino, Inglese A2\.$/i)).toBeInTheDocument();
    expect(screen.getByText('Utili ma non richiesti: usare la cassa.')).toBeInTheDocument();
    expect(screen.getByText('Nel tuo comune o a meno di 1 km.')).toBeInTheDocument();
    expect(screen.queryByText(/A 0 km/)).not.toBeInTheDocument();
    expect(screen.queryByText(/facoltativa/)).not.toBeInTheDocument();
  });

  it('all required met: says so, and the distance in kilometres', () => {
    renderWithApp(
      <VacancyMatchCard
        match={match({ ...EXPLANATION, missingRequired: [], missingLanguages: [], missingOptional: [], occupationMatch: 'none', distanceKm: 8.4, summaryCode: 'all_required' })}
      />,
    );
    expect(screen.getByText('Hai già: cucinare pasti.')).toBeInTheDocument();
    expect(screen.getByText('Hai tutti i requisiti richiesti.')).toBeInTheDocument();
    expect(screen.getByText('A 8 km da casa tua.')).toBeInTheDocument();
    expect(screen.queryByText(/Ti manca/)).not.toBeInTheDocument();
  });
});
