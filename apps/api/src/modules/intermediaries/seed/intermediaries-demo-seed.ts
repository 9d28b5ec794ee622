import type { DataSource } from 'typeorm';
import { addDays, romeParts } from '../../../platform/time/rome-time';
import { DEV_IDENTITIES } from '../../identity/dev-idp/dev-identities';

/** The demo's organisations (their operators are the dev IdP identities whose binding is the organisation's fiscal code). */
const ORGANISATIONS = [
  { id: '1e7e0000-0000-4000-8000-000000000001', name: 'Patronato Lavoro Sicuro – Moncalieri', kind: 'patronato', fiscalCode: '97000000011' },
  { id: '1e7e0000-0000-4000-8000-000000000002', name: 'CAF Torino Centro', kind: 'caf', fiscalCode: '97000000029' },
];
/** Giulia Bianchi delegates the patronato for everything it may do, for a year. */
const DELEGATION = {
  id: '1e7e0000-0000-4000-8000-0000000000d1',
  fiscalCode: 'BNCGLI90A41F335M',
  organisationId: ORGANISATIONS[0]!.id,
  scopes: ['did', 'appointments', 'documents'],
  days: 365,
};

/**
 * DEMO DATA (development and tests), idempotent (fixed ids, ON CONFLICT DO NOTHING). A demo seed is a CLI script: it
 * reads the region and the citizen from the registry directly. The test template takes `delegation: false` (tests grant their own).
 */
export async function seedIntermediariesDemo(
  db: DataSource,
  opts: { delegation?: boolean; now?: Date } = {},
): Promise<{ organisations: number; operators: number; delegations: number }> {
  return db.transaction(async (m) => {
    let organisations = 0;
    let operators = 0;
    for (const o of ORGANISATIONS) {
      const rows = (await m.query(
        `INSERT INTO intermediaries.organisations (id, name, kind, fiscal_code, region_id)
         SELECT $1, $2, $3, $4, r.id FROM registry.regions r WHERE r.istat_code = '01'
         ON CONFLICT DO NOTHING RETURNING id`,
        [o.id, o.name, o.kind, o.fiscalCode],
      )) as unknown[];
      organisations += rows.length;
      for (const p of DEV_IDENTITIES.filter((d) => d.role === 'intermediary_staff' && d.binding === o.fiscalCode)) {
        const added = (await m.query(
          `INSERT INTO intermediaries.operators (organisation_id, fiscal_code, given_name, family_name) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
          [o.id, p.fiscalCode, p.givenName, p.familyName],
        )) as unknown[];
        operators += added.length;
      }
    }
    if (opts.delegation === false) return { organisations, operators, delegations: 0 };
    const today = romeParts(opts.now ?? new Date()).date;
    const d = DELEGATION;
    const rows = (await m.query(
      `INSERT INTO intermediaries.delegations (id, organisation_id, citizen_id, citizen_fiscal_code, citizen_name, scopes, valid_from, valid_until, source)
       SELECT $1, $2, c.id, c.fiscal_code, c.given_name || ' ' || c.family_name, $4::varchar[], $5, $6, 'online'
         FROM registry.citizens c WHERE c.fiscal_code = $3
       ON CONFLICT DO NOTHING RETURNING id`,
      [d.id, d.organisationId, d.fiscalCode, d.scopes, today, addDays(today, d.days)],
    )) as unknown[];
    return { organisations, operators, delegations: rows.length };
  });
}
