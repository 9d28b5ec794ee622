import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Past DIDs, profilings and signed patti for the indicators' tests and benchmarks (issue 16), with the dates a test
 * needs (the API files them now). Each DID is a new person (revoked, so the one-active-DID rule never bites).
 */
export interface PastDid {
  citizenId: string;
  didId: string;
}
const fiscalCode = () => `KPI${randomBytes(7).toString('hex').toUpperCase().slice(0, 13)}`;

export async function insertPastDid(db: DataSource, d: { officeId: string; filedAt: string; contactDeadline: string; citizenId?: string }): Promise<PastDid> {
  const citizenId = d.citizenId ?? randomUUID();
  const [row] = (await db.query(
    `INSERT INTO patto.dids (citizen_id, fiscal_code, office_id, status, filed_at, revoked_at, work_condition, benefit, citizenship, sap, contact_deadline, contact_days)
     VALUES ($1, $2, $3, 'revoked', $4::timestamptz, $4::timestamptz + interval '400 days', 'no_job', 'none', 'IT', '{}', $5::date, $5::date - ($4::timestamptz AT TIME ZONE 'Europe/Rome')::date)
     RETURNING id`,
    [citizenId, fiscalCode(), d.officeId, d.filedAt, d.contactDeadline],
  )) as { id: string }[];
  return { citizenId, didId: row!.id };
}

/** The DID's first contact by a profiling at `computedAt`. */
export async function insertPastProfiling(db: DataSource, did: PastDid, computedAt: string): Promise<void> {
  await db.query(
    `INSERT INTO patto.profilings (citizen_id, did_id, model_version, disadvantage_index, factors, computed_at, computed_by, suggested_pathway)
     VALUES ($1, $2, 'test', 0.5, '[]', $3::timestamptz, 'TESTKPI000000000', 1)`,
    [did.citizenId, did.didId, computedAt],
  );
}

/** A patto of the person created at `createdAt` (a first contact too) whose version 1 was signed at `signedAt`. */
export async function insertPastSignedPatto(
  db: DataSource,
  p: { citizenId: string; officeId: string; staffId: string; createdAt: string; signedAt: string; pathway: number },
): Promise<string> {
  const [patto] = (await db.query(
    `INSERT INTO patto.patti (citizen_id, citizen_fiscal_code, office_id, responsible_staff_id, status, created_at) VALUES ($1, $2, $3, $4, 'signed', $5::timestamptz) RETURNING id`,
    [p.citizenId, fiscalCode(), p.officeId, p.staffId, p.createdAt],
  )) as { id: string }[];
  await db.query(
    `INSERT INTO patto.patto_versions (patto_id, version, status, content, summary, full_text, sha256, required_parties, created_at, created_by, proposed_at, signed_at)
     VALUES ($1, 1, 'signed', $2, 'test', 'test', $3, ARRAY['citizen', 'operator'], $4::timestamptz, 'TESTKPI000000000', $4::timestamptz, $5::timestamptz)`,
    [patto!.id, JSON.stringify({ pathway: p.pathway }), 'b'.repeat(64), p.createdAt, p.signedAt],
  );
  return patto!.id;
}
