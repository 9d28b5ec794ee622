import { monthsBetween } from './employment-status';

/** The data of a person the quantitative model reads (from the DID, the registry and the derived status). */
export interface ProfilingInput {
  birthDate: string | null;
  gender: 'M' | 'F' | null;
  citizenship: string;
  maxEqf: number | null;
  monthsUnemployed: number;
  benefit: string;
  jobs: number;
  licences: string[];
}
export interface ProfilingModel {
  version: string;
  intercept: number;
  coefficients: Record<string, number>;
  cutoffs: { high: number };
}
export interface ProfilingResult {
  index: number;
  factors: { factor: string; value: string; contribution: number }[];
}

/** EU member states (ISO 3166-1 alpha-2) */
const EU = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/** Which factors of the model are on for this person, and the value that switched each on. */
export function activeFactors(p: ProfilingInput, today: string): { factor: string; value: string }[] {
  const out: { factor: string; value: string }[] = [];
  const age = p.birthDate ? Math.floor(monthsBetween(p.birthDate, today) / 12) : null;
  if (age !== null && age < 25) out.push({ factor: 'age_under_25', value: String(age) });
  if (age !== null && age >= 50) out.push({ factor: 'age_50_plus', value: String(age) });
  if (p.gender === 'F') out.push({ factor: 'female', value: 'F' });
  if (!EU.has(p.citizenship)) out.push({ factor: 'non_eu_citizen', value: p.citizenship });
  if (p.maxEqf === null || p.maxEqf <= 2) out.push({ factor: 'eqf_up_to_2', value: p.maxEqf === null ? '—' : String(p.maxEqf) });
  if (p.maxEqf !== null && p.maxEqf >= 6) out.push({ factor: 'eqf_6_plus', value: String(p.maxEqf) });
  if (p.monthsUnemployed > 12) out.push({ factor: 'unemployed_over_12_months', value: String(p.monthsUnemployed) });
  else if (p.monthsUnemployed >= 6) out.push({ factor: 'unemployed_6_12_months', value: String(p.monthsUnemployed) });
  if (p.benefit !== 'none') out.push({ factor: 'benefit_recipient', value: p.benefit });
  if (p.jobs === 0) out.push({ factor: 'no_work_experience', value: '0' });
  if (!p.licences.includes('B')) out.push({ factor: 'no_driving_licence', value: p.licences.join(', ') || '—' });
  return out;
}

/**
 * Logistic model: index = 1 / (1 + e^-(intercept + Σ coefficient)), over the factors that are on. Factors the
 * model has no coefficient for count 0. Factors are returned largest contribution first.
 */
export function computeIndex(model: ProfilingModel, p: ProfilingInput, today: string): ProfilingResult {
  const factors = activeFactors(p, today)
    .map((f) => ({ ...f, contribution: model.coefficients[f.factor] ?? 0 }))
    .filter((f) => f.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const z = model.intercept + factors.reduce((s, f) => s + f.contribution, 0);
  const index = Math.round((1 / (1 + Math.exp(-z))) * 10_000) / 10_000;
  return { index, factors };
}

/**
 * GOL pathway suggested from the qualitative assessment and the index (DM 5/11/2021 names the four pathways; the
 * assignment rule below is OpenCPI's reading of them, the decree leaves the cut-offs to the regions — marked open):
 * social/health needs → 4 lavoro e inclusione; large skills gap → 3 reskilling; small gap → 2 upskilling;
 * no gap → 1 reinserimento, or 2 when the index is at or above the model's `high` cut-off.
 */
export function suggestPathway(index: number, skillsGap: 'none' | 'small' | 'large' | null, needsSocialSupport: boolean, cutoffs: { high: number }): number {
  if (needsSocialSupport) return 4;
  if (skillsGap === 'large') return 3;
  if (skillsGap === 'small') return 2;
  return index >= cutoffs.high ? 2 : 1;
}
