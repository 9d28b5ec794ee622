import type { MatchExplanationResponse } from '@opencpi/contracts';
import type { MatchRow } from './match-row';

const round1 = (n: number | string) => Math.round(Number(n) * 10) / 10;
/** "en B1" (as the scoring SQL lists a missing language) → { language: 'en', level: 'B1' } */
const languageOf = (s: string) => {
  const [language = '', level = ''] = s.split(' ');
  return { language, level };
};

/**
 * The explanation of a score, as codes and labels (ESCO labels are data): the same for the citizen, the operator
 * and (anonymised) the employer. The SPAs word it from their catalogues: `summaryCode` `missing` reads "Mancano:
 * patente B, inglese B1 · a 12 km" from `missingRequired`, `missingLanguages`, `missingLicences` and the EQF levels.
 */
export function explain(r: MatchRow, label: (id: number) => string): MatchExplanationResponse {
  const lab = (ids: number[]) => ids.map((id) => ({ id, label: label(id) }));
  const missing = r.missing_required.length + r.missing_languages.length + r.missing_licences.length + (r.eqf < r.min_eqf ? 1 : 0);
  return {
    metRequired: lab(r.met_required),
    missingRequired: lab(r.missing_required),
    metOptional: lab(r.met_optional),
    missingOptional: lab(r.missing_optional),
    occupationMatch: r.occupation_match,
    requiredEqf: r.min_eqf,
    eqf: r.eqf,
    missingLanguages: r.missing_languages.map(languageOf),
    missingLicences: r.missing_licences,
    distanceKm: Number(r.km),
    maxKm: r.max_km,
    availabilityMatch: r.availability_match,
    points: {
      requiredSkills: round1(r.p_required),
      optionalSkills: round1(r.p_optional),
      occupation: round1(r.p_occupation),
      education: round1(r.p_education),
      languages: round1(r.p_languages),
      licences: round1(r.p_licences),
      distance: round1(r.p_distance),
      availability: round1(r.p_availability),
    },
    summaryCode: missing ? 'missing' : 'all_required',
  };
}

/** The explanation shown before the person saved a profile (the list is not ranked; the SPA asks to complete it). */
export function unrankedExplanation(requiredEqf: number): MatchExplanationResponse {
  return {
    metRequired: [],
    missingRequired: [],
    metOptional: [],
    missingOptional: [],
    occupationMatch: 'none',
    requiredEqf,
    eqf: 0,
    missingLanguages: [],
    missingLicences: [],
    distanceKm: 0,
    maxKm: 0,
    availabilityMatch: false,
    summaryCode: 'no_profile',
  };
}
