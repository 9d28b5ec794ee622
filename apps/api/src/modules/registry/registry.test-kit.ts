import type { TestApp } from '../../../test/test-app';
import type { CitizenRef, OfficeRef } from './registry.mapper';
import { RegistryService } from './registry.service';

/*
 * The registry's helpers for other modules' tests: the seeded people, staff and offices as the registry knows them.
 * Through RegistryService where it answers the question; the rest reads the registry's own tables (its kit may).
 */

/** A seeded citizen (RegistryService.citizenRef). */
export async function citizenOf(t: TestApp, fiscalCode: string): Promise<CitizenRef> {
  const citizen = await t.app.get(RegistryService).citizenRef(fiscalCode);
  if (!citizen) throw new Error(`no citizen ${fiscalCode} in the registry`);
  return citizen;
}

/** The first `n` seeded citizens by fiscal code, without `except`. */
export async function seededCitizens(t: TestApp, n: number, except?: string): Promise<{ id: string; fiscalCode: string; givenName: string; familyName: string }[]> {
  return t.db.query(
    `SELECT id, fiscal_code AS "fiscalCode", given_name AS "givenName", family_name AS "familyName"
       FROM registry.citizens WHERE fiscal_code IS DISTINCT FROM $2 ORDER BY fiscal_code LIMIT $1`,
    [n, except ?? null],
  );
}

/** A member of staff's id and (first) office (RegistryService.staffScope). */
export async function staffOf(t: TestApp, fiscalCode: string): Promise<{ staffId: string; officeId: string }> {
  const scope = await t.app.get(RegistryService).staffScope(fiscalCode);
  const officeId = scope?.officeIds[0];
  if (!scope || !officeId) throw new Error(`no staff ${fiscalCode} with an office in the registry`);
  return { staffId: scope.staffId, officeId };
}

/** The staff serving an office, by id. */
export async function officeMembers(t: TestApp, officeId: string): Promise<string[]> {
  const rows: { id: string }[] = await t.db.query(`SELECT staff_id AS id FROM registry.staff_offices WHERE office_id = $1 ORDER BY staff_id`, [officeId]);
  return rows.map((r) => r.id);
}

/** An office as other modules may know it (RegistryService.officesByIds). */
export async function officeRef(t: TestApp, officeId: string): Promise<OfficeRef> {
  const office = (await t.app.get(RegistryService).officesByIds([officeId])).get(officeId);
  if (!office) throw new Error(`no office ${officeId} in the registry`);
  return office;
}

/** Every seeded office's id by its code (`TO01`…). */
export async function officeIdsByCode(t: TestApp): Promise<Record<string, string>> {
  const rows: { id: string; code: string }[] = await t.db.query(`SELECT id, code FROM registry.offices`);
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

/** Staff names by id (RegistryService.staffNames). */
export function staffNames(t: TestApp, ids: readonly string[]): Promise<Map<string, { givenName: string; familyName: string }>> {
  return t.app.get(RegistryService).staffNames(ids);
}
