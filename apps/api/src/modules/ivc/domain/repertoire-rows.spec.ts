import { parseRepertoireRows } from './repertoire-rows';

const row = (over: Record<string, string> = {}) => ({
  region: '01',
  qualification_code: 'Q1',
  qualification_title: 'Operatore di cucina',
  eqf_level: '3',
  ada_refs: 'ADA.23.01.03',
  source: 'test',
  competence_code: 'C1',
  competence_title: 'Preparare i piatti',
  competence_description: '',
  competence_ada: 'ADA.23.01.03',
  esco_skill_uris: 'urn:test:skill:a|urn:test:skill:b',
  ...over,
});

describe('repertoire CSV rows', () => {
  it('groups the competences under their qualification', () => {
    const { qualifications, problems } = parseRepertoireRows([
      { line: 2, record: row() },
      { line: 3, record: row({ competence_code: 'C2', esco_skill_uris: '' }) },
    ]);
    expect(problems).toEqual([]);
    expect(qualifications).toHaveLength(1);
    expect(qualifications[0]!.competences.map((c) => c.code)).toEqual(['C1', 'C2']);
    expect(qualifications[0]!.competences[0]!.escoSkillUris).toEqual(['urn:test:skill:a', 'urn:test:skill:b']);
  });

  it('names the line and column of every problem', () => {
    const { problems } = parseRepertoireRows([
      { line: 2, record: row({ qualification_code: 'Q9', eqf_level: '9' }) },
      { line: 3, record: row({ competence_ada: 'ADA-1' }) },
      { line: 4, record: row({ qualification_title: 'Altro titolo', competence_code: 'C3' }) },
      { line: 5, record: row({ competence_code: 'C3' }) },
    ]);
    expect(problems).toEqual([
      { line: 2, column: 'eqf_level', message: expect.stringContaining('1 to 8') },
      { line: 3, column: 'competence_ada', message: expect.stringContaining('ADA-1') },
      { line: 4, column: 'qualification_title', message: expect.stringContaining('line 3') },
      { line: 5, column: 'competence_code', message: expect.stringContaining('twice') },
    ]);
  });
});
