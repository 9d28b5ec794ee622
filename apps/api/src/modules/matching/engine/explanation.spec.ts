import { explain, unrankedExplanation } from './explanation';
import type { MatchRow } from './match-row';

const row = (over: Partial<MatchRow> = {}): MatchRow => ({
  citizen_id: 'c',
  vacancy_id: 'v',
  km: '8.4',
  max_km: 30,
  met_required: [1],
  missing_required: [],
  met_optional: [],
  missing_optional: [3],
  occupation_match: 'same',
  eqf: 4,
  min_eqf: 4,
  missing_languages: [],
  missing_licences: [],
  availability_match: true,
  p_required: 45,
  p_optional: 0,
  p_occupation: 15,
  p_education: 10,
  p_languages: 5,
  p_licences: 5,
  p_distance: 3.6,
  p_availability: 5,
  score: '88.6',
  ...over,
});
const label = (id: number) => `skill ${id}`;

describe('explain', () => {
  it('says "all required" when only optional skills are missing', () => {
    const e = explain(row(), label);
    expect(e).toMatchObject({ summaryCode: 'all_required', missingOptional: [{ id: 3, label: 'skill 3' }], distanceKm: 8.4 });
  });
  it('sends languages and licences as codes, and "missing" for any required thing lacking, the EQF level included', () => {
    const e = explain(row({ missing_languages: ['en B1'], missing_licences: ['B', 'forklift'] }), label);
    expect(e).toMatchObject({ summaryCode: 'missing', missingLanguages: [{ language: 'en', level: 'B1' }], missingLicences: ['B', 'forklift'] });
    expect(explain(row({ eqf: 3 }), label).summaryCode).toBe('missing');
    expect(explain(row({ missing_required: [2] }), label).missingRequired).toEqual([{ id: 2, label: 'skill 2' }]);
  });
  it('has no sentence in any language', () => {
    expect(JSON.stringify(explain(row({ missing_languages: ['en B1'] }), label))).not.toMatch(/Mancano|inglese|patente|km ·/);
    expect(unrankedExplanation(4)).toMatchObject({ summaryCode: 'no_profile', requiredEqf: 4 });
  });
});
