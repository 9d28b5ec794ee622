import type { CitizenRef, OfficeRef } from './registry.service';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { queryPrepared } from '../../database/prepared-query';
import { AgencyStaffEntity } from './entities/agency-staff.entity';
import { CitizenEntity } from './entities/citizen.entity';
import { OfficeComuneEntity } from './entities/office-comune.entity';
import { OfficeEntity } from './entities/office.entity';
import { StaffEntity } from './entities/staff.entity';

export interface AgencyRef {
  id: string;
  name: string;
  accreditationCode: string;
  vatNumber: string;
}
export interface LoginData {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  gender: 'M' | 'F' | null;
  birthPlaceCode: string | null;
  email: string | null;
  mobilePhone: string | null;
}

export interface CitizenSearch {
  officeIds: string[];
  fiscalCode?: string;
  words: string[];
  limit: number;
  offset: number;
}

/** The columns of registry.citizens as CitizenEntity's fields (a date as YYYY-MM-DD, as the ORM reads it). */
const CITIZEN_COLUMNS = `c.id, c.fiscal_code AS "fiscalCode", c.given_name AS "givenName", c.family_name AS "familyName", to_char(c.birth_date, 'YYYY-MM-DD') AS "birthDate",
  c.gender, c.birth_place_code AS "birthPlaceCode", c.email, c.mobile_phone AS "mobilePhone", c.domicile_comune_istat AS "domicileComuneIstat",
  c.office_id AS "officeId", c.last_login_at AS "lastLoginAt", c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

/** Every query of the registry module. */
@Injectable()
export class RegistryRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  /**
   * First login creates the citizen; a later one refreshes names and contact data received from the IdP
   * (keeping what we had when the IdP sends nothing), never creating a second record.
   */
  async upsertCitizenFromLogin(d: LoginData): Promise<CitizenEntity> {
    await this.db.query(
      `INSERT INTO registry.citizens AS c (fiscal_code, given_name, family_name, birth_date, gender, birth_place_code, email, mobile_phone, last_login_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (fiscal_code) DO UPDATE SET
         given_name = EXCLUDED.given_name,
         family_name = EXCLUDED.family_name,
         birth_date = COALESCE(EXCLUDED.birth_date, c.birth_date),
         gender = COALESCE(EXCLUDED.gender, c.gender),
         birth_place_code = COALESCE(EXCLUDED.birth_place_code, c.birth_place_code),
         email = COALESCE(EXCLUDED.email, c.email),
         mobile_phone = COALESCE(EXCLUDED.mobile_phone, c.mobile_phone),
         last_login_at = now(),
         updated_at = now()`,
      [d.fiscalCode, d.givenName, d.familyName, d.birthDate, d.gender, d.birthPlaceCode, d.email, d.mobilePhone],
    );
    return this.db.getRepository(CitizenEntity).findOneByOrFail({ fiscalCode: d.fiscalCode });
  }

  findStaff(fiscalCode: string): Promise<StaffEntity | null> {
    return this.db.getRepository(StaffEntity).findOneBy({ fiscalCode, active: true });
  }

  /**
   * The active staff member and the offices they serve (a region admin: every office of the region), in one prepared
   * statement: it runs on every staff request (auth guard), where two ORM queries were a third of a light route's CPU.
   */
  async staffScopeRow(fiscalCode: string): Promise<{ id: string; role: StaffEntity['role']; regionId: string; officeIds: string[] } | null> {
    const rows = await queryPrepared<{ id: string; role: StaffEntity['role']; regionId: string; officeIds: string[] }>(
      this.db,
      `SELECT s.id, s.role, s.region_id AS "regionId",
              CASE WHEN s.role = 'region_admin' THEN ARRAY(SELECT o.id::text FROM registry.offices o WHERE o.region_id = s.region_id)
                   ELSE ARRAY(SELECT so.office_id::text FROM registry.staff_offices so WHERE so.staff_id = s.id) END AS "officeIds"
         FROM registry.staff s WHERE s.fiscal_code = $1 AND s.active`,
      [fiscalCode],
    );
    return rows[0] ?? null;
  }

  async isAgencyStaff(fiscalCode: string): Promise<boolean> {
    return (await this.db.getRepository(AgencyStaffEntity).countBy({ fiscalCode })) > 0;
  }
  /** Whether the person belongs to a company, whatever its status (prepared: the guard asks on every citizen-app request). */
  async isCompanyUser(fiscalCode: string): Promise<boolean> {
    const rows = await queryPrepared<{ yes: boolean }>(this.db, 'SELECT EXISTS (SELECT 1 FROM registry.company_users WHERE fiscal_code = $1) AS yes', [fiscalCode]);
    return rows[0]?.yes === true;
  }

  /** Just the fields other modules reference (a plain query: it runs on every booking). */
  async citizenRefRow(fiscalCode: string): Promise<Pick<CitizenEntity, 'id' | 'fiscalCode' | 'officeId' | 'givenName' | 'familyName' | 'email' | 'mobilePhone'> | null> {
    const rows = (await queryPrepared(
      this.db,
      `SELECT id, fiscal_code AS "fiscalCode", office_id AS "officeId", given_name AS "givenName", family_name AS "familyName", email, mobile_phone AS "mobilePhone"
         FROM registry.citizens WHERE fiscal_code = $1`,
      [fiscalCode],
    )) as Pick<CitizenEntity, 'id' | 'fiscalCode' | 'officeId' | 'givenName' | 'familyName' | 'email' | 'mobilePhone'>[];
    return rows[0] ?? null;
  }
  findCitizenByFiscalCode(fiscalCode: string): Promise<CitizenEntity | null> {
    return this.db.getRepository(CitizenEntity).findOneBy({ fiscalCode });
  }
  /** By id, as the entity's fields (a prepared statement: every operator route about a person reads it). */
  async findCitizenById(id: string): Promise<CitizenEntity | null> {
    return (await queryPrepared<CitizenEntity>(this.db, `SELECT ${CITIZEN_COLUMNS} FROM registry.citizens c WHERE c.id = $1`, [id]))[0] ?? null;
  }
  /** The citizen with their office and the name of their domicile comune (the dossier), in one prepared statement. */
  async findCitizenWithOffice(id: string): Promise<{ citizen: CitizenEntity; office: OfficeEntity | null; comuneName: string | null } | null> {
    const rows = await queryPrepared<CitizenEntity & { office: OfficeEntity | null; comuneName: string | null }>(
      this.db,
      `SELECT ${CITIZEN_COLUMNS}, oc.comune_name AS "comuneName",
              CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'regionId', o.region_id, 'code', o.code, 'name', o.name, 'address', o.address,
                'comuneIstat', o.comune_istat, 'comuneName', o.comune_name, 'province', o.province, 'latitude', o.latitude::text, 'longitude', o.longitude::text,
                'openingHours', o.opening_hours, 'channels', o.channels, 'email', o.email, 'phone', o.phone, 'createdAt', o.created_at) END AS office
         FROM registry.citizens c LEFT JOIN registry.offices o ON o.id = c.office_id LEFT JOIN registry.office_comuni oc ON oc.comune_istat = c.domicile_comune_istat
        WHERE c.id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    const { office, comuneName, ...citizen } = r;
    return { citizen, office, comuneName };
  }
  findOffice(id: string): Promise<OfficeEntity | null> {
    return this.db.getRepository(OfficeEntity).findOneBy({ id });
  }
  findOffices(ids: string[]): Promise<OfficeEntity[]> {
    return ids.length ? this.db.getRepository(OfficeEntity).find({ where: { id: In(ids) }, order: { name: 'ASC' } }) : Promise.resolve([]);
  }
  findComune(istat: string): Promise<OfficeComuneEntity | null> {
    return this.db.getRepository(OfficeComuneEntity).findOneBy({ comuneIstat: istat });
  }

  /** Citizens of the given offices by exact fiscal code, or by name prefixes (every word must match). */
  async searchCitizens(s: CitizenSearch): Promise<{ rows: (CitizenEntity & { officeName: string | null })[]; total: number }> {
    const params: unknown[] = [s.officeIds];
    const where = ['c.office_id = ANY($1::uuid[])'];
    if (s.fiscalCode) {
      params.push(s.fiscalCode);
      where.push(`c.fiscal_code = $${params.length}`);
    }
    for (const w of s.words) {
      params.push(`${w.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
      where.push(`(lower(c.family_name) LIKE $${params.length} OR lower(c.given_name) LIKE $${params.length})`);
    }
    const sqlWhere = where.join(' AND ');
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM registry.citizens c WHERE ${sqlWhere}`, params)) as [{ total: number }];
    params.push(s.limit, s.offset);
    const rows = await this.db.query(
      `SELECT c.id, c.fiscal_code AS "fiscalCode", c.given_name AS "givenName", c.family_name AS "familyName",
              to_char(c.birth_date, 'YYYY-MM-DD') AS "birthDate", c.office_id AS "officeId", o.name AS "officeName"
         FROM registry.citizens c LEFT JOIN registry.offices o ON o.id = c.office_id
        WHERE ${sqlWhere}
        ORDER BY lower(c.family_name), lower(c.given_name), c.fiscal_code
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { rows, total };
  }

  companyNames(ids: string[]): Promise<{ id: string; name: string }[]> {
    return queryPrepared<{ id: string; name: string }>(this.db, 'SELECT id, name FROM registry.companies WHERE id = ANY($1::uuid[])', [ids]);
  }

  async agency(agencyId: string): Promise<{ id: string; name: string } | null> {
    const rows = (await this.db.query('SELECT id, name FROM registry.agencies WHERE id = $1', [agencyId])) as { id: string; name: string }[];
    return rows[0] ?? null;
  }

  /** Agencies of the region of the person's CPI office (every agency when they have no office), by name. */
  agenciesForCitizen(citizenId: string): Promise<AgencyRef[]> {
    return queryPrepared<AgencyRef>(
      this.db,
      `SELECT a.id, a.name, a.accreditation_code AS "accreditationCode", a.vat_number AS "vatNumber" FROM registry.agencies a
        WHERE a.region_id = (SELECT o.region_id FROM registry.citizens c JOIN registry.offices o ON o.id = c.office_id WHERE c.id = $1)
           OR NOT EXISTS (SELECT 1 FROM registry.citizens c WHERE c.id = $1 AND c.office_id IS NOT NULL)
        ORDER BY a.name, a.id`,
      [citizenId],
    );
  }
  agenciesInRegion(regionId: string): Promise<AgencyRef[]> {
    const sql = 'SELECT id, name, accreditation_code AS "accreditationCode", vat_number AS "vatNumber" FROM registry.agencies WHERE region_id = $1 ORDER BY name, id';
    return queryPrepared<AgencyRef>(this.db, sql, [regionId]);
  }
  agenciesByIds(ids: string[]): Promise<AgencyRef[]> {
    const sql = 'SELECT id, name, accreditation_code AS "accreditationCode", vat_number AS "vatNumber" FROM registry.agencies WHERE id = ANY($1::uuid[])';
    return queryPrepared<AgencyRef>(this.db, sql, [ids]);
  }

  async agencyIdsOf(fiscalCode: string): Promise<string[]> {
    const rows = (await this.db.query('SELECT agency_id AS "agencyId" FROM registry.agency_staff WHERE fiscal_code = $1', [fiscalCode])) as { agencyId: string }[];
    return rows.map((r) => r.agencyId);
  }

  async citizenRefsByIds(ids: string[]): Promise<CitizenRef[]> {
    return (await this.db.query(
      `SELECT id, fiscal_code AS "fiscalCode", office_id AS "officeId", given_name AS "givenName", family_name AS "familyName", email, mobile_phone AS "mobilePhone"
         FROM registry.citizens WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as CitizenRef[];
  }

  officeRefsByIds(ids: string[]): Promise<OfficeRef[]> {
    return queryPrepared<OfficeRef>(this.db, `SELECT id, name, address, comune_name AS "comuneName", phone FROM registry.offices WHERE id = ANY($1::uuid[])`, [ids]);
  }

  staffNamesByIds(ids: string[]): Promise<{ id: string; givenName: string; familyName: string }[]> {
    return queryPrepared(this.db, `SELECT id, given_name AS "givenName", family_name AS "familyName" FROM registry.staff WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Offices of the region, with the straight-line distance (km) from `fromOfficeId` (haversine on their coordinates). */
  officesByDistance(fromOfficeId: string | null): Promise<(OfficeRef & { distanceKm: number })[]> {
    return this.db.query(
      `SELECT o.id, o.name, o.address, o.comune_name AS "comuneName", o.phone,
              COALESCE(round(6371 * 2 * asin(sqrt(power(sin(radians(o.latitude - f.latitude) / 2), 2)
                + cos(radians(f.latitude)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - f.longitude) / 2), 2))))::int, 0) AS "distanceKm"
         FROM registry.offices o LEFT JOIN registry.offices f ON f.id = $1
        WHERE f.id IS NULL OR o.region_id = f.region_id
        ORDER BY (o.id = $1) DESC NULLS LAST, "distanceKm", o.name`,
      [fromOfficeId],
    );
  }
  /** Offices with their region (monitoring: scopes, benchmarks and open data), of one region or of all when null. */
  officesWithRegion(regionId: string | null): Promise<OfficeWithRegion[]> {
    return this.db.query(
      `SELECT o.id, o.code, o.name, r.id AS "regionId", r.istat_code AS "regionCode", r.name AS "regionName"
         FROM registry.offices o JOIN registry.regions r ON r.id = o.region_id
        WHERE $1::uuid IS NULL OR o.region_id = $1 ORDER BY r.istat_code, o.name`,
      [regionId],
    );
  }
}
/** An office as monitoring lists it: code and name, and its region's id, ISTAT code and name. */
export interface OfficeWithRegion {
  id: string;
  code: string;
  name: string;
  regionId: string;
  regionCode: string;
  regionName: string;
}
