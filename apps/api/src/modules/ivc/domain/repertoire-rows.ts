/**
 * The CSV export of a regional repertoire, one row per competence (the qualification's fields repeated on each row):
 *   region,qualification_code,qualification_title,eqf_level,ada_refs,source,competence_code,competence_title,
 *   competence_description,competence_ada,esco_skill_uris
 * `ada_refs` and `esco_skill_uris` hold several values separated by `|`. Pure checks: every problem is reported with its
 * line and column, and nothing is imported unless the whole file is right.
 */
export const REPERTOIRE_COLUMNS = [
  'region',
  'qualification_code',
  'qualification_title',
  'eqf_level',
  'ada_refs',
  'source',
  'competence_code',
  'competence_title',
  'competence_description',
  'competence_ada',
  'esco_skill_uris',
] as const;
export type RepertoireRecord = Readonly<Record<string, string>>;

export interface ParsedCompetence {
  code: string;
  title: string;
  description: string;
  adaRef: string | null;
  escoSkillUris: string[];
}
export interface ParsedQualification {
  region: string;
  code: string;
  title: string;
  eqfLevel: number;
  adaRefs: string[];
  source: string;
  competences: ParsedCompetence[];
}
export interface RowProblem {
  line: number;
  column: string;
  message: string;
}

const ADA = /^ADA\.\d{1,2}\.\d{1,3}\.\d{1,3}$/;
const list = (v: string) =>
  v
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function parseRepertoireRows(rows: readonly { line: number; record: RepertoireRecord }[]): { qualifications: ParsedQualification[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const byKey = new Map<string, ParsedQualification & { line: number }>();
  for (const { line, record } of rows) {
    const f = (c: string) => (record[c] ?? '').trim();
    const bad = (column: string, message: string) => problems.push({ line, column, message });
    const region = f('region').padStart(2, '0');
    if (!/^\d{2}$/.test(region)) bad('region', 'must be an ISTAT region code of two digits (01 Piemonte, 03 Lombardia)');
    const code = f('qualification_code');
    if (!code || code.length > 40) bad('qualification_code', 'is required, at most 40 characters');
    const title = f('qualification_title');
    if (!title || title.length > 300) bad('qualification_title', 'is required, at most 300 characters');
    const eqf = Number(f('eqf_level'));
    if (!Number.isInteger(eqf) || eqf < 1 || eqf > 8) bad('eqf_level', 'must be a whole number from 1 to 8');
    const adaRefs = list(f('ada_refs'));
    for (const a of adaRefs) if (!ADA.test(a)) bad('ada_refs', `${JSON.stringify(a)} is not an ADA code like ADA.23.01.03`);
    const source = f('source');
    if (!source || source.length > 300) bad('source', 'is required (repertoire version or URL), at most 300 characters');
    const cCode = f('competence_code');
    if (!cCode || cCode.length > 40) bad('competence_code', 'is required, at most 40 characters');
    const cTitle = f('competence_title');
    if (!cTitle || cTitle.length > 300) bad('competence_title', 'is required, at most 300 characters');
    const cAda = f('competence_ada');
    if (cAda && !ADA.test(cAda)) bad('competence_ada', `${JSON.stringify(cAda)} is not an ADA code like ADA.23.01.03`);
    const esco = list(f('esco_skill_uris'));
    for (const u of esco) if (u.length > 200 || !/^(https?:|urn:)\S+$/.test(u)) bad('esco_skill_uris', `${JSON.stringify(u)} is not a URI`);

    const key = `${region}|${code}`;
    let q = byKey.get(key);
    if (!q) {
      q = { region, code, title, eqfLevel: eqf, adaRefs, source, competences: [], line };
      byKey.set(key, q);
    } else if (q.title !== title || q.eqfLevel !== eqf || q.source !== source || q.adaRefs.join('|') !== adaRefs.join('|')) {
      bad('qualification_title', `the qualification ${code} is described differently on line ${q.line}`);
    }
    if (q.competences.some((c) => c.code === cCode)) bad('competence_code', `${cCode} appears twice for the qualification ${code}`);
    else q.competences.push({ code: cCode, title: cTitle, description: f('competence_description'), adaRef: cAda || null, escoSkillUris: esco });
  }
  if (rows.length === 0) problems.push({ line: 1, column: '', message: 'the file has no rows' });
  return { qualifications: [...byKey.values()].map(({ line: _line, ...q }) => q), problems };
}
