import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AgencyStaffEntity } from './entities/agency-staff.entity';
import { CitizenEntity } from './entities/citizen.entity';
import { CompanyUserEntity } from './entities/company-user.entity';
import { OfficeComuneEntity } from './entities/office-comune.entity';
import { OfficeEntity } from './entities/office.entity';
import { StaffOfficeEntity } from './entities/staff-office.entity';
import { StaffEntity } from './entities/staff.entity';

export interface LoginData {
  fiscalCode: string; givenName: string; familyName: string; birthDate: string | null; gender: 'M' | 'F' | null;
  birthPlaceCode: string | null; email: string | null; mobilePhone: string | null;
}

export interface CitizenSearch { officeIds: string[]; fiscalCode?: string; words: string[]; limit: number; offset: number }

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

  async staffOfficeIds(staff: StaffEntity): Promise<string[]> {
    if (staff.role === 'region_admin') {
      const rows = await this.db.getRepository(OfficeEntity).find({ select: { id: true }, where: { regionId: staff.regionId } });
      return rows.map((r) => r.id);
    }
    const rows = await this.db.getRepository(StaffOfficeEntity).findBy({ staffId: staff.id });
    return rows.map((r) => r.officeId);
  }

  async isAgencyStaff(fiscalCode: string): Promise<boolean> {
    return (await this.db.getRepository(AgencyStaffEntity).countBy({ fiscalCode })) > 0;
  }
  async isCompanyUser(fiscalCode: string): Promise<boolean> {
    return (await this.db.getRepository(CompanyUserEntity).countBy({ fiscalCode })) > 0;
  }

  /** Just the fields other modules reference (a plain query: it runs on every booking). */
  async citizenRefRow(fiscalCode: string): Promise<Pick<CitizenEntity, 'id' | 'fiscalCode' | 'officeId' | 'givenName' | 'familyName' | 'email' | 'mobilePhone'> | null> {
    const rows = (await this.db.query(
      `SELECT id, fiscal_code AS "fiscalCode", office_id AS "officeId", given_name AS "givenName", family_name AS "familyName", email, mobile_phone AS "mobilePhone"
         FROM registry.citizens WHERE fiscal_code = $1`, [fiscalCode],
    )) as Pick<CitizenEntity, 'id' | 'fiscalCode' | 'officeId' | 'givenName' | 'familyName' | 'email' | 'mobilePhone'>[];
    return rows[0] ?? null;
  }
  findCitizenByFiscalCode(fiscalCode: string): Promise<CitizenEntity | null> {
    return this.db.getRepository(CitizenEntity).findOneBy({ fiscalCode });
  }
  findCitizenById(id: string): Promise<CitizenEntity | null> {
    return this.db.getRepository(CitizenEntity).findOneBy({ id });
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
}
