import type { DataSource } from 'typeorm';
import { importRepertoire } from './repertoire/repertoire-importer';

export const CHIARA = 'MRTCHR86E41L219F'; // operator CPI Torino, appointed IVC assessor for Piedmont (demo seed)

const HEADER = 'region,qualification_code,qualification_title,eqf_level,ada_refs,source,competence_code,competence_title,competence_description,competence_ada,esco_skill_uris';

/**
 * A test qualification of Piedmont whose competences stand for the matching test kit's skills (urn:test:skill:…):
 * C1 → display, C2 → forklift, C3 → none. Returns its id.
 */
export async function importTestQualification(db: DataSource, code = 'TEST-Q1'): Promise<string> {
  const csv = [
    HEADER,
    `01,${code},Addetto di prova,3,ADA.23.01.03,test,C1,Allestire le esposizioni,,ADA.23.01.03,urn:test:skill:display`,
    `01,${code},Addetto di prova,3,ADA.23.01.03,test,C2,Usare il carrello elevatore,,,urn:test:skill:forklift`,
    `01,${code},Addetto di prova,3,ADA.23.01.03,test,C3,Lavorare in squadra,,,`,
  ].join('\n');
  const r = await importRepertoire(db, [csv]);
  if (!r.ok) throw new Error(`test qualification: ${JSON.stringify(r.problems)}`);
  const rows = (await db.query(`SELECT id FROM ivc.qualifications WHERE region = '01' AND code = $1`, [code])) as { id: string }[];
  return rows[0]!.id;
}

export const REPERTOIRE_HEADER = HEADER;
