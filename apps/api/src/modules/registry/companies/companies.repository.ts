import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CompanyStatusValue } from '../entities/company.entity';

export interface CompanyRow {
  id: string;
  name: string;
  vatNumber: string;
  fiscalCode: string | null;
  atecoCode: string;
  comuneIstat: string;
  status: CompanyStatusValue;
  rejectionReason: string | null;
  officeId: string | null;
  officeName: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
}
export interface CompanySiteRow {
  companyId: string;
  position: number;
  comuneIstat: string;
  comuneName: string | null;
  address: string;
}
export interface CompanyMemberRow {
  id: string;
  companyId: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  admin: boolean;
}
export interface NewCompany {
  name: string;
  vatNumber: string;
  fiscalCode: string | null;
  atecoCode: string;
  declaredBy: string;
  sites: { comuneIstat: string; address: string }[];
}

const COMPANY_COLUMNS = `c.id, c.name, c.vat_number AS "vatNumber", c.fiscal_code AS "fiscalCode", c.ateco_code AS "atecoCode", c.comune_istat AS "comuneIstat",
  c.status, c.rejection_reason AS "rejectionReason", oc.office_id AS "officeId", o.name AS "officeName", c.created_at AS "createdAt", c.reviewed_at AS "reviewedAt"`;
const COMPANY_FROM = `registry.companies c LEFT JOIN registry.office_comuni oc ON oc.comune_istat = c.comune_istat LEFT JOIN registry.offices o ON o.id = oc.office_id`;

/** Every query of the company lifecycle: registration, review, sites and members. */
@Injectable()
export class CompaniesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Which of these ISTAT codes no CPI of the region serves (unknown comuni). */
  async unknownComuni(m: EntityManager, istat: string[]): Promise<Set<string>> {
    const rows = (await m.query('SELECT comune_istat AS "istat" FROM registry.office_comuni WHERE comune_istat = ANY($1::char(6)[])', [istat])) as { istat: string }[];
    const known = new Set(rows.map((r) => r.istat));
    return new Set(istat.filter((i) => !known.has(i)));
  }

  /** The new company (pending) with its sites and its declarant as administrator; null when the partita IVA is taken. */
  async insertCompany(m: EntityManager, c: NewCompany, declarant: { givenName: string; familyName: string }): Promise<string | null> {
    const main = c.sites[0]!;
    const rows = (await m.query(
      `INSERT INTO registry.companies (name, vat_number, fiscal_code, ateco_code, comune_istat, status, declared_by) VALUES ($1, $2, $3, $4, $5, 'pending', $6)
       ON CONFLICT (vat_number) DO NOTHING RETURNING id`,
      [c.name, c.vatNumber, c.fiscalCode, c.atecoCode, main.comuneIstat, c.declaredBy],
    )) as { id: string }[];
    const id = rows[0]?.id;
    if (!id) return null;
    await m.query(
      `INSERT INTO registry.company_sites (company_id, position, comune_istat, address) SELECT $1, s.ord - 1, s.istat, s.address FROM unnest($2::char(6)[], $3::varchar[]) WITH ORDINALITY AS s(istat, address, ord)`,
      [id, c.sites.map((s) => s.comuneIstat), c.sites.map((s) => s.address)],
    );
    await m.query(`INSERT INTO registry.company_users (company_id, fiscal_code, given_name, family_name, admin) VALUES ($1, $2, $3, $4, true)`, [
      id,
      c.declaredBy,
      declarant.givenName,
      declarant.familyName,
    ]);
    return id;
  }

  async company(id: string, m: EntityManager | DataSource = this.db): Promise<CompanyRow | null> {
    const rows = (await m.query(`SELECT ${COMPANY_COLUMNS} FROM ${COMPANY_FROM} WHERE c.id = $1`, [id])) as CompanyRow[];
    return rows[0] ?? null;
  }

  /** The company, locked FOR UPDATE in the transaction of `m` (a review). */
  async lockCompany(m: EntityManager, id: string): Promise<{ id: string; status: CompanyStatusValue } | null> {
    const rows = (await m.query('SELECT id, status FROM registry.companies WHERE id = $1 FOR UPDATE', [id])) as { id: string; status: CompanyStatusValue }[];
    return rows[0] ?? null;
  }

  /** Companies whose main site a CPI of `officeIds` serves, optionally by status, newest first. */
  async companiesOfOffices(officeIds: string[], status: CompanyStatusValue | null): Promise<CompanyRow[]> {
    return (await this.db.query(
      `SELECT ${COMPANY_COLUMNS} FROM ${COMPANY_FROM} WHERE oc.office_id = ANY($1::uuid[]) AND ($2::varchar IS NULL OR c.status = $2) ORDER BY c.created_at DESC, c.name LIMIT 200`,
      [officeIds, status],
    )) as CompanyRow[];
  }

  /** The companies a person belongs to (any status), with whether they administer each. */
  async companiesOfMember(fiscalCode: string): Promise<(CompanyRow & { admin: boolean })[]> {
    return (await this.db.query(
      `SELECT ${COMPANY_COLUMNS}, u.admin FROM registry.company_users u JOIN ${COMPANY_FROM} ON c.id = u.company_id WHERE u.fiscal_code = $1 ORDER BY c.name`,
      [fiscalCode],
    )) as (CompanyRow & { admin: boolean })[];
  }

  async sites(companyIds: string[]): Promise<CompanySiteRow[]> {
    return (await this.db.query(
      `SELECT s.company_id AS "companyId", s.position, s.comune_istat AS "comuneIstat", oc.comune_name AS "comuneName", s.address
         FROM registry.company_sites s LEFT JOIN registry.office_comuni oc ON oc.comune_istat = s.comune_istat
        WHERE s.company_id = ANY($1::uuid[]) ORDER BY s.company_id, s.position`,
      [companyIds],
    )) as CompanySiteRow[];
  }

  async members(companyIds: string[], m: EntityManager | DataSource = this.db): Promise<CompanyMemberRow[]> {
    const rows = (await m.query(
      `SELECT id, company_id AS "companyId", fiscal_code AS "fiscalCode", given_name AS "givenName", family_name AS "familyName", admin
         FROM registry.company_users WHERE company_id = ANY($1::uuid[]) ORDER BY admin DESC, family_name, given_name`,
      [companyIds],
    )) as CompanyMemberRow[];
    return rows.map((r) => ({ ...r, fiscalCode: r.fiscalCode.trim() }));
  }

  async review(m: EntityManager, id: string, status: 'approved' | 'rejected', staffId: string, reason: string | null): Promise<void> {
    await m.query(`UPDATE registry.companies SET status = $2, reviewed_at = now(), reviewed_by = $3, rejection_reason = $4 WHERE id = $1`, [id, status, staffId, reason]);
  }

  /** The new member's id, or null when the person already belongs to the company. */
  async addMember(m: EntityManager, companyId: string, p: { fiscalCode: string; givenName: string; familyName: string }, invitedBy: string): Promise<string | null> {
    const rows = (await m.query(
      `INSERT INTO registry.company_users (company_id, fiscal_code, given_name, family_name, admin, invited_by) VALUES ($1, $2, $3, $4, false, $5)
       ON CONFLICT ON CONSTRAINT company_users_company_fiscal_code_key DO NOTHING RETURNING id`,
      [companyId, p.fiscalCode, p.givenName, p.familyName, invitedBy],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** Removes a member who is not an administrator; the removed row, or null. */
  async removeMember(m: EntityManager, companyId: string, memberId: string): Promise<{ fiscalCode: string } | null> {
    const rows = (await m.query(`DELETE FROM registry.company_users WHERE id = $1 AND company_id = $2 AND NOT admin RETURNING fiscal_code AS "fiscalCode"`, [
      memberId,
      companyId,
    ])) as [{ fiscalCode: string }[], number] | { fiscalCode: string }[];
    const list = Array.isArray(rows[0]) ? (rows[0] as { fiscalCode: string }[]) : (rows as { fiscalCode: string }[]);
    return list[0] ? { fiscalCode: list[0].fiscalCode.trim() } : null;
  }
}
