import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

const PAOLO = 'CLMPLA70E20C627O'; // cpi_manager of CPI Torino, who "sent" the invitations below

/**
 * DEMO DATA (development and browser tests), idempotent, so that every segment of a campaign of CPI Torino has people
 * (the segment "DID older than N days without patto" has the patto demo seed's five people of CPI Torino):
 * - three generated people of CPI Torino (not those with a DID) got an invitation 12 days ago that expired unanswered:
 *   the segment "did not answer an invitation";
 * - one of them opted out of non-mandatory messages: the preview counts them apart and no campaign reaches them.
 */
export async function seedCampaignsDemo(db: DataSource): Promise<{ unanswered: number; optedOut: number }> {
  return db.transaction(async (m) => {
    const [office] = (await m.query(`SELECT id FROM registry.offices WHERE code = 'CPI-TO'`)) as { id: string }[];
    const [service] = (await m.query(`SELECT id FROM agenda.service_types WHERE code = 'prima-accoglienza'`)) as { id: string }[];
    if (!office || !service) return { unanswered: 0, optedOut: 0 };
    const people = (await m.query(
      `SELECT c.id, c.fiscal_code AS "fiscalCode" FROM registry.citizens c
        WHERE c.office_id = $1 AND c.email LIKE '%@example.it' AND c.email ~ '[0-9]@' AND NOT EXISTS (SELECT 1 FROM patto.dids d WHERE d.citizen_id = c.id)
        ORDER BY c.fiscal_code DESC LIMIT 3`,
      [office.id],
    )) as { id: string; fiscalCode: string }[];
    let unanswered = 0;
    for (const p of people) {
      const rows = (await m.query(
        `INSERT INTO agenda.invitations (citizen_id, citizen_fiscal_code, office_id, service_type_id, token_hash, status, expires_at, created_by, created_at)
         SELECT $1, $2, $3, $4, $5, 'expired', now() - interval '2 days', $6, now() - interval '12 days'
          WHERE NOT EXISTS (SELECT 1 FROM agenda.invitations WHERE citizen_id = $1) RETURNING id`,
        [p.id, p.fiscalCode, office.id, service.id, randomBytes(32).toString('hex'), PAOLO],
      )) as unknown[];
      unanswered += rows.length;
    }
    let optedOut = 0;
    if (people[0]) {
      await m.query(
        `INSERT INTO notifications.preferences (fiscal_code, channels, non_mandatory_opt_out) VALUES ($1, '{email,sms}', true)
         ON CONFLICT (fiscal_code) DO UPDATE SET non_mandatory_opt_out = true`,
        [people[0].fiscalCode],
      );
      optedOut = 1;
    }
    return { unanswered, optedOut };
  });
}
