import type { MatchExplanationResponse } from '@opencpi/contracts';
import type { MatchRow } from './match-row';

const LANG: Record<string, string> = { it: 'italiano', en: 'inglese', fr: 'francese', de: 'tedesco', es: 'spagnolo', ar: 'arabo', ro: 'rumeno', sq: 'albanese', uk: 'ucraino', zh: 'cinese' };
const language = (s: string) => { const [code, level] = s.split(' '); return `${LANG[code ?? ''] ?? code} ${level === 'native' ? 'madrelingua' : level}`; };
const licence = (l: string) => (l === 'forklift' ? 'patentino muletto' : l === 'CQC' ? 'CQC' : `patente ${l}`);
const round1 = (n: number | string) => Math.round(Number(n) * 10) / 10;

/**
 * The explanation of a score, with labels: the same for the citizen, the operator and (anonymised) the employer.
 * `summary` is one sentence, e.g. "Mancano: patente B, inglese B1 · a 12 km".
 */
export function explain(r: MatchRow, label: (id: number) => string): MatchExplanationResponse {
  const lab = (ids: number[]) => ids.map((id) => ({ id, label: label(id) }));
  const missing = [
    ...r.missing_required.map(label), ...r.missing_languages.map(language), ...r.missing_licences.map(licence),
    ...(r.eqf < r.min_eqf ? [`titolo di studio di livello EQF ${r.min_eqf}`] : []),
  ];
  const km = Number(r.km);
  return {
    metRequired: lab(r.met_required), missingRequired: lab(r.missing_required), metOptional: lab(r.met_optional), missingOptional: lab(r.missing_optional),
    occupationMatch: r.occupation_match, requiredEqf: r.min_eqf, eqf: r.eqf, missingLanguages: r.missing_languages.map(language),
    missingLicences: r.missing_licences.map(licence), distanceKm: km, maxKm: r.max_km, availabilityMatch: r.availability_match,
    points: {
      requiredSkills: round1(r.p_required), optionalSkills: round1(r.p_optional), occupation: round1(r.p_occupation), education: round1(r.p_education),
      languages: round1(r.p_languages), licences: round1(r.p_licences), distance: round1(r.p_distance), availability: round1(r.p_availability),
    },
    summary: `${missing.length ? `Mancano: ${missing.join(', ')}` : 'Tutti i requisiti richiesti'} · a ${Math.round(km)} km`,
  };
}
