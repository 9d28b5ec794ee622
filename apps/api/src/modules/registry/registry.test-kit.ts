import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { TestApp } from '../../../test/test-app';
import type { CitizenRef, OfficeRef } from './registry.mapper';
import { RegistryService, type AgencyRef } from './registry.service';

/** What the agency helpers need of a test app (a TestApp, or the authz fixture's app and database). */
export interface AppAndDb {
  app: INestApplication;
  db: DataSource;
}

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

/** A seeded citizen's id (RegistryService.citizenRef). */
export async function citizenIdOf(t: TestApp, fiscalCode: string): Promise<string> {
  return (await citizenOf(t, fiscalCode)).id;
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

/** How many offices have at least one operator (the offices whose agendas the demo seed fills). */
export async function officesWithOperators(t: TestApp): Promise<number> {
  const [row]: { offices: number }[] = await t.db.query(
    `SELECT count(DISTINCT so.office_id)::int AS offices FROM registry.staff s JOIN registry.staff_offices so ON so.staff_id = s.id WHERE s.role = 'operator'`,
  );
  return row?.offices ?? 0;
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

/** An agency as other modules know it (RegistryService.agenciesByIds). */
export async function agencyRef(t: AppAndDb, agencyId: string): Promise<AgencyRef> {
  const agency = (await t.app.get(RegistryService).agenciesByIds([agencyId])).get(agencyId);
  if (!agency) throw new Error(`no agency ${agencyId} in the registry`);
  return agency;
}

/** A seeded agency by name order (`index` 0, 1…). */
export async function agencyByIndex(t: AppAndDb, index = 0): Promise<AgencyRef> {
  const rows = (await t.db.query(`SELECT id FROM registry.agencies ORDER BY name, id LIMIT 1 OFFSET $1`, [index])) as { id: string }[];
  if (!rows[0]) throw new Error(`no seeded agency at ${index}`);
  return agencyRef(t, rows[0].id);
}

/** A seeded agency by its accreditation code (`PIE-APL-001`…). */
export async function agencyByCode(t: AppAndDb, accreditationCode: string): Promise<AgencyRef> {
  const rows = (await t.db.query(`SELECT id FROM registry.agencies WHERE accreditation_code = $1`, [accreditationCode])) as { id: string }[];
  if (!rows[0]) throw new Error(`no agency ${accreditationCode} in the registry`);
  return agencyRef(t, rows[0].id);
}

/** A new agency in the first seeded region. */
export async function createAgency(t: AppAndDb, agency: { name: string; vatNumber: string; accreditationCode: string }): Promise<AgencyRef> {
  const rows = (await t.db.query(
    `INSERT INTO registry.agencies (name, vat_number, accreditation_code, region_id) SELECT $1, $2, $3, id FROM registry.regions ORDER BY id LIMIT 1 RETURNING id`,
    [agency.name, agency.vatNumber, agency.accreditationCode],
  )) as { id: string }[];
  return { id: rows[0]!.id, ...agency };
}

/** A new citizen in the registry, of the office with code `officeCode` (e.g. one who has never logged in). */
export async function createCitizen(
  t: TestApp,
  c: { fiscalCode: string; givenName: string; familyName: string; birthDate: string; gender: 'M' | 'F'; birthPlaceCode: string; officeCode: string },
): Promise<string> {
  const rows: { id: string }[] = await t.db.query(
    `INSERT INTO registry.citizens (fiscal_code, given_name, family_name, birth_date, gender, birth_place_code, office_id)
     SELECT $1, $2, $3, $4, $5, $6, id FROM registry.offices WHERE code = $7 RETURNING id`,
    [c.fiscalCode, c.givenName, c.familyName, c.birthDate, c.gender, c.birthPlaceCode, c.officeCode],
  );
  if (!rows[0]) throw new Error(`no office ${c.officeCode} in the registry`);
  return rows[0].id;
}

/** A seeded company's id by its name. */
export async function companyIdByName(t: TestApp, name: string): Promise<string> {
  const rows: { id: string }[] = await t.db.query(`SELECT id FROM registry.companies WHERE name = $1`, [name]);
  if (!rows[0]) throw new Error(`no company ${name} in the registry`);
  return rows[0].id;
}

/** A citizen's CPI by fiscal code: null for someone the registry does not know as a citizen (or without an office). */
export async function citizenOfficeId(db: DataSource, fiscalCode: string): Promise<string | null> {
  const rows: { id: string | null }[] = await db.query(`SELECT office_id AS id FROM registry.citizens WHERE fiscal_code = $1`, [fiscalCode]);
  return rows[0]?.id ?? null;
}
