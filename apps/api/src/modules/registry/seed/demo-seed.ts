import type { DataSource, EntityManager } from 'typeorm';
import { computeFiscalCode } from '@opencpi/contracts';
import { DEV_IDENTITIES } from '../../identity/dev-idp/dev-identities';
import {
  BIRTH_PLACES,
  DEMO_AGENCIES,
  DEMO_COMPANIES,
  DEMO_COMUNI,
  DEMO_OFFICES,
  DEMO_OPENING_HOURS,
  DEMO_REGION,
  FEMALE_NAMES,
  MALE_NAMES,
  SURNAMES,
  partitaIva,
  prng,
} from './demo-data';

export interface SeedCounts {
  offices: number;
  staff: number;
  agencies: number;
  companies: number;
  citizens: number;
}

const TARGET_CITIZENS = 1000;
/**
 * Operators made up besides the dev IdP's: a fixed count, not "up to 20", so that adding a dev identity does not shift
 * the generator (and with it every made-up person the tests, journeys and demo seeds name by fiscal code).
 */
const GENERATED_OPERATORS = 18;

/**
 * Demo registry: 1 region, 5 CPI offices, 18 made-up operators + the dev IdP's staff, 2 agencies,
 * 10 companies and 1,000 citizens with valid fiscal codes. Idempotent: every row has a natural key and
 * is inserted with ON CONFLICT DO NOTHING, and the generator is deterministic.
 */
export async function seedDemoData(db: DataSource): Promise<SeedCounts> {
  return db.transaction(async (m) => {
    const rand = prng(20261123);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

    await m.query(`INSERT INTO registry.regions (istat_code, name) VALUES ($1, $2) ON CONFLICT (istat_code) DO NOTHING`, [DEMO_REGION.istatCode, DEMO_REGION.name]);
    const [{ id: regionId }] = await m.query(`SELECT id FROM registry.regions WHERE istat_code = $1`, [DEMO_REGION.istatCode]);

    for (const o of DEMO_OFFICES) {
      await m.query(
        `INSERT INTO registry.offices (region_id, code, name, address, comune_istat, comune_name, province, latitude, longitude, opening_hours, channels, email, phone)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) ON CONFLICT (code) DO NOTHING`,
        [
          regionId,
          o.code,
          o.name,
          o.address,
          o.comuneIstat,
          o.comuneName,
          o.province,
          o.latitude,
          o.longitude,
          DEMO_OPENING_HOURS,
          ['in_person', 'video', 'phone'],
          o.email,
          o.phone,
        ],
      );
    }
    const officeRows: { id: string; code: string }[] = await m.query(`SELECT id, code FROM registry.offices WHERE region_id = $1`, [regionId]);
    const officeId = (code: string) => officeRows.find((o) => o.code === code)?.id as string;
    for (const c of DEMO_COMUNI) {
      await m.query(`INSERT INTO registry.office_comuni (comune_istat, comune_name, office_id) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`, [c.istat, c.name, officeId(c.office)]);
    }

    // Staff: the development IdP's staff identities, then generated operators up to 20.
    const addStaff = async (fc: string, given: string, family: string, email: string, role: string, offices: string[]) => {
      await m.query(`INSERT INTO registry.staff (fiscal_code, given_name, family_name, email, role, region_id) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT (fiscal_code) DO NOTHING`, [
        fc,
        given,
        family,
        email,
        role,
        regionId,
      ]);
      const [{ id }] = await m.query(`SELECT id FROM registry.staff WHERE fiscal_code = $1`, [fc]);
      for (const code of offices) {
        await m.query(`INSERT INTO registry.staff_offices (staff_id, office_id) VALUES ($1,$2) ON CONFLICT DO NOTHING`, [id, officeId(code)]);
      }
    };
    for (const p of DEV_IDENTITIES.filter((i) => ['operator', 'cpi_manager', 'region_admin'].includes(i.role))) {
      await addStaff(p.fiscalCode, p.givenName, p.familyName, p.email, p.role, p.role === 'region_admin' ? [] : [p.binding]);
    }
    const used = new Set<string>(DEV_IDENTITIES.map((i) => i.fiscalCode));
    const person = (minYear: number, maxYear: number) => {
      for (;;) {
        const gender = rand() < 0.5 ? 'M' : 'F';
        const givenName = pick(gender === 'M' ? MALE_NAMES : FEMALE_NAMES);
        const familyName = pick(SURNAMES);
        const year = minYear + Math.floor(rand() * (maxYear - minYear + 1));
        const month = 1 + Math.floor(rand() * 12);
        const day = 1 + Math.floor(rand() * 28);
        const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const birthPlaceCode = pick(BIRTH_PLACES);
        const fiscalCode = computeFiscalCode({ familyName, givenName, birthDate, gender, birthPlaceCode });
        if (used.has(fiscalCode)) continue; // a real omocodia case: regenerate instead of modelling it
        used.add(fiscalCode);
        return { gender, givenName, familyName, birthDate, birthPlaceCode, fiscalCode } as const;
      }
    };
    const slug = (s: string) =>
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z]/g, '');
    for (let i = 0; i < GENERATED_OPERATORS; i++) {
      const p = person(1965, 1995);
      const offices = [DEMO_OFFICES[i % DEMO_OFFICES.length]!.code];
      if (i === 7) offices.push('CPI-IV'); // one operator serves two offices
      await addStaff(p.fiscalCode, p.givenName, p.familyName, `${slug(p.givenName)}.${slug(p.familyName)}${i}@cpi.opencpi.example.it`, 'operator', offices);
    }

    // Agencies and companies (with their dev-IdP people).
    for (const [n, a] of DEMO_AGENCIES.entries()) {
      await m.query(`INSERT INTO registry.agencies (name, vat_number, accreditation_code, region_id) VALUES ($1,$2,$3,$4) ON CONFLICT (vat_number) DO NOTHING`, [
        a.name,
        partitaIva(a.vatBase),
        a.accreditationCode,
        regionId,
      ]);
      const [{ id }] = await m.query(`SELECT id FROM registry.agencies WHERE vat_number = $1`, [partitaIva(a.vatBase)]);
      const people = DEV_IDENTITIES.filter((d) => d.role === 'agency_staff' && d.binding === a.accreditationCode).map((d) => ({ ...d }));
      while (people.length < 2) people.push({ ...person(1970, 1995), email: `staff${n}${people.length}@agenzia.example.it` } as never);
      for (const p of people) {
        await m.query(`INSERT INTO registry.agency_staff (agency_id, fiscal_code, given_name, family_name, email) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`, [
          id,
          p.fiscalCode,
          p.givenName,
          p.familyName,
          p.email,
        ]);
      }
    }
    for (const [n, [name, ateco]] of DEMO_COMPANIES.entries()) {
      const vat = partitaIva(String(1112223330 + n).padStart(10, '0'));
      const comune = DEMO_COMUNI[n % DEMO_COMUNI.length]!;
      // seeded companies are approved (reviewed when seeded) and their referent administers them
      await m.query(
        `INSERT INTO registry.companies (name, vat_number, ateco_code, comune_istat, status, reviewed_at) VALUES ($1,$2,$3,$4,'approved',now()) ON CONFLICT (vat_number) DO NOTHING`,
        [name, vat, ateco, comune.istat],
      );
      const [{ id }] = await m.query(`SELECT id FROM registry.companies WHERE vat_number = $1`, [vat]);
      const owner = DEV_IDENTITIES.find((d) => d.role === 'employer' && d.binding === name) ?? person(1960, 1990);
      await m.query(`INSERT INTO registry.company_sites (company_id, position, comune_istat, address) VALUES ($1, 0, $2, $3) ON CONFLICT DO NOTHING`, [
        id,
        comune.istat,
        `Via Roma ${n + 1}, ${comune.name}`,
      ]);
      await m.query(`INSERT INTO registry.company_users (company_id, fiscal_code, given_name, family_name, admin) VALUES ($1,$2,$3,$4,true) ON CONFLICT DO NOTHING`, [
        id,
        owner.fiscalCode,
        owner.givenName,
        owner.familyName,
      ]);
    }

    // Citizens: the dev-IdP citizens, then generated people up to 1,000.
    const citizens: unknown[][] = [];
    const comuneOffice = (istat: string) => officeId(DEMO_COMUNI.find((c) => c.istat === istat)!.office);
    for (const p of DEV_IDENTITIES.filter((d) => d.role === 'citizen')) {
      citizens.push([p.fiscalCode, p.givenName, p.familyName, p.birthDate, p.gender, p.birthPlaceCode, p.email, p.mobilePhone, p.binding, comuneOffice(p.binding)]);
    }
    const existing = Number((await m.query(`SELECT count(*)::int AS n FROM registry.citizens`))[0].n);
    for (let n = citizens.length + existing; n < TARGET_CITIZENS; n++) {
      const p = person(1960, 2006);
      const comune = pick(DEMO_COMUNI);
      const phone = `+3933${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;
      citizens.push([
        p.fiscalCode,
        p.givenName,
        p.familyName,
        p.birthDate,
        p.gender,
        p.birthPlaceCode,
        `${slug(p.givenName)}.${slug(p.familyName)}${n}@example.it`,
        phone,
        comune.istat,
        comuneOffice(comune.istat),
      ]);
    }
    await insertCitizens(m, citizens);
    const [counts] = await m.query(`SELECT (SELECT count(*) FROM registry.offices)::int AS offices, (SELECT count(*) FROM registry.staff)::int AS staff,
      (SELECT count(*) FROM registry.agencies)::int AS agencies, (SELECT count(*) FROM registry.companies)::int AS companies,
      (SELECT count(*) FROM registry.citizens)::int AS citizens`);
    return counts as SeedCounts;
  });
}

async function insertCitizens(m: EntityManager, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const col = (k: number) => rows.map((r) => r[k]);
  await m.query(
    `INSERT INTO registry.citizens (fiscal_code, given_name, family_name, birth_date, gender, birth_place_code, email, mobile_phone, domicile_comune_istat, office_id)
     SELECT * FROM unnest($1::char(16)[], $2::varchar[], $3::varchar[], $4::date[], $5::char(1)[], $6::varchar[], $7::varchar[], $8::varchar[], $9::char(6)[], $10::uuid[])
     ON CONFLICT (fiscal_code) DO NOTHING`,
    [col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7), col(8), col(9)],
  );
}
