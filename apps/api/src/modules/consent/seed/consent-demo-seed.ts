import type { DataSource } from 'typeorm';
import { addDays, romeParts, romeToInstant } from '../../../platform/time/rome-time';

/** The demo's grants: fixed ids, so that a second seed adds nothing. */
const DEMO = [
  // Mario Rossi (dev IdP citizen, CPI Torino) lets LavoroPiù S.r.l. see his professional profile for job placement, for six months
  { id: 'c0a5e000-0000-4000-8000-000000000001', fiscalCode: 'RSSMRA85T10L219G', accreditationCode: 'PIE-APL-001', part: 'profile', purpose: 'job_placement', days: 180 },
];

/**
 * DEMO DATA (development and browser tests), idempotent: grants as the person would give them in "Chi può vedere i miei
 * dati" (source 'citizen'), from today. A demo seed is a CLI script: it reads registry ids by fiscal code and
 * accreditation code directly.
 */
export async function seedConsentDemo(db: DataSource, now = new Date()): Promise<{ grants: number }> {
  const today = romeParts(now).date;
  let grants = 0;
  for (const d of DEMO) {
    const rows = (await db.query(
      `INSERT INTO consent.grants (id, citizen_id, agency_id, part, purpose, valid_from, valid_until, source)
       SELECT $1, c.id, a.id, $4, $5, $6, $7, 'citizen'
         FROM registry.citizens c, registry.agencies a
        WHERE c.fiscal_code = $2 AND a.accreditation_code = $3
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [d.id, d.fiscalCode, d.accreditationCode, d.part, d.purpose, romeToInstant(today, '00:00'), romeToInstant(addDays(today, d.days + 1), '00:00')],
    )) as unknown[];
    grants += rows.length;
  }
  return { grants };
}
