import type { DataSource } from 'typeorm';
import { upsertQualifications } from '../repertoire/repertoire.repository';
import { SAMPLE_REPERTOIRE } from '../repertoire/sample-repertoire';

/** The demo's appointed assessors: Chiara Moretti (operator at CPI Torino, also an IVC assessor for Piedmont). */
export const DEMO_ASSESSORS = [{ fiscalCode: 'MRTCHR86E41L219F', givenName: 'Chiara', familyName: 'Moretti', regionIstat: '01' }] as const;

/**
 * DEMO DATA (development and tests), idempotent: the SAMPLE repertoire (clearly marked `sample`, codes `SAMPLE-…`) and
 * the appointed assessors. A demo seed is a CLI script: it reads the region from the registry directly.
 */
export async function seedIvcDemo(db: DataSource): Promise<{ qualifications: number; competences: number; assessors: number }> {
  return db.transaction(async (m) => {
    const counts = await upsertQualifications(m, SAMPLE_REPERTOIRE, { sample: true, verified: false });
    let assessors = 0;
    for (const a of DEMO_ASSESSORS) {
      const rows = (await m.query(
        `INSERT INTO ivc.assessors (fiscal_code, given_name, family_name, region_id, appointed_by)
         SELECT $1, $2, $3, r.id, 'SEED' FROM registry.regions r WHERE r.istat_code = $4
         ON CONFLICT DO NOTHING RETURNING id`,
        [a.fiscalCode, a.givenName, a.familyName, a.regionIstat],
      )) as unknown[];
      assessors += rows.length;
    }
    return { ...counts, assessors };
  });
}
