import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  Role,
  type AuditTrailQuery,
  type AuditTrailResponse,
  type CitizenProfileResponse,
  type CitizenSearchResponse,
  type SearchCitizensQuery,
  type StaffProfileResponse,
} from '@opencpi/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import type { StaffScope } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/auth/request-context';
import { DomainError } from '../../platform/errors/domain-error';
import type { CitizenEntity } from './entities/citizen.entity';
import { RoleSources } from './role-sources';
import { RegistryRepository, type AgencyRef, type LoginData, type OfficeWithRegion } from './registry.repository';
import { toAuditEvent, toCitizenProfile, toCitizenRef, toOfficeResponse, type CitizenRef, type OfficeRef } from './registry.mapper';
import type { SqlStatement } from '../../database/sql-statement';

export type { CitizenRef, OfficeRef } from './registry.mapper';
export type { AgencyRef, OfficeWithRegion } from './registry.repository';

/** Regions, CPI offices, staff, agencies, companies and citizens; who may see whom. */
@Injectable()
export class RegistryService {
  constructor(
    private readonly repo: RegistryRepository,
    private readonly audit: AuditService,
    private readonly roleSources: RoleSources,
  ) {}

  /** Called by identity at each successful login: creates/updates the citizen and returns their roles. */
  async recordLogin(login: LoginData): Promise<{ citizen: CitizenEntity; roles: Role[] }> {
    const citizen = await this.repo.upsertCitizenFromLogin(login);
    return { citizen, roles: await this.rolesOf(login.fiscalCode) };
  }

  /** Roles come from the registry by fiscal code; everyone who logs in is a citizen. */
  async rolesOf(fiscalCode: string): Promise<Role[]> {
    const roles: Role[] = [Role.Citizen];
    const staff = await this.repo.findStaff(fiscalCode);
    if (staff) roles.push(staff.role as Role);
    if (await this.repo.isAgencyStaff(fiscalCode)) roles.push(Role.AgencyStaff);
    if (await this.repo.isCompanyUser(fiscalCode)) roles.push(Role.Employer);
    roles.push(...(await this.roleSources.rolesOf(fiscalCode))); // roles other modules give (intermediaries)
    return roles;
  }

  /** `roles` with `employer` as company membership stands now, any status (the guard, per request; employer use cases require approval). */
  async refreshEmployerRole(fiscalCode: string, roles: Role[]): Promise<Role[]> {
    const others = roles.filter((r) => r !== Role.Employer);
    return (await this.repo.isCompanyUser(fiscalCode)) ? [...others, Role.Employer] : others;
  }

  /** The registry id of a citizen (for other modules' records), or null. */
  async citizenRef(fiscalCode: string): Promise<CitizenRef | null> {
    const c = await this.repo.citizenRefRow(fiscalCode);
    return c ? toCitizenRef(c) : null;
  }

  /** The same reference as a scalar subquery (JSON, or null) for a statement another module composes. */
  citizenRefSql(st: SqlStatement, fiscalCode: string): string {
    return `(SELECT json_build_object('id', id, 'fiscalCode', fiscal_code, 'officeId', office_id, 'givenName', given_name, 'familyName', family_name,
                                      'email', email, 'mobilePhone', mobile_phone)
               FROM registry.citizens WHERE fiscal_code = ${st.p(fiscalCode)})`;
  }

  async staffScope(fiscalCode: string): Promise<StaffScope | null> {
    const staff = await this.repo.staffScopeRow(fiscalCode);
    if (!staff) return null;
    return { staffId: staff.id, role: staff.role, regionId: staff.regionId, officeIds: staff.officeIds };
  }

  async ownProfile(ctx: RequestContext): Promise<CitizenProfileResponse> {
    const citizen = await this.repo.findCitizenByFiscalCode(ctx.principal.fiscalCode);
    if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    await this.audit.record(ctx, { action: 'citizen.profile.read', resourceType: 'citizen', resourceId: citizen.id, subjectFiscalCode: citizen.fiscalCode });
    return this.profileOf(citizen);
  }

  async staffProfile(ctx: RequestContext): Promise<StaffProfileResponse> {
    const staff = this.requireStaff(ctx);
    const offices = await this.repo.findOffices(staff.officeIds);
    return {
      staffId: staff.staffId,
      fiscalCode: ctx.principal.fiscalCode,
      givenName: ctx.principal.givenName,
      familyName: ctx.principal.familyName,
      role: staff.role,
      offices: offices.map(toOfficeResponse),
    };
  }

  async searchCitizens(ctx: RequestContext, q: SearchCitizensQuery): Promise<CitizenSearchResponse> {
    const staff = this.requireStaff(ctx);
    const words = (q.q ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .slice(0, 4);
    if (!q.fiscalCode && words.length === 0) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Give a fiscal code or part of a name', [
        { pointer: '/q', detail: 'q or fiscalCode is required', constraint: 'required' },
      ]);
    }
    const limit = q.limit ?? 20;
    const offset = q.offset ?? 0;
    const { rows, total } = await this.repo.searchCitizens({
      officeIds: staff.officeIds,
      ...(q.fiscalCode ? { fiscalCode: q.fiscalCode.toUpperCase() } : {}),
      words,
      limit,
      offset,
    });
    // Seeing a person in a result list is a read of their data.
    await this.audit.record(
      ctx,
      rows.map((r) => ({
        action: 'citizen.search.result',
        resourceType: 'citizen',
        resourceId: r.id,
        subjectFiscalCode: r.fiscalCode,
        actorOfficeId: r.officeId,
      })),
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        fiscalCode: r.fiscalCode,
        givenName: r.givenName,
        familyName: r.familyName,
        ...(r.birthDate ? { birthDate: r.birthDate } : {}),
        ...(r.officeName ? { officeName: r.officeName } : {}),
      })),
      total,
      limit,
      offset,
    };
  }

  async dossier(ctx: RequestContext, citizenId: string): Promise<CitizenProfileResponse> {
    this.requireStaff(ctx);
    const found = await this.repo.findCitizenWithOffice(citizenId);
    const citizen = await this.checkScope(ctx, citizenId, found?.citizen ?? null, 'citizen.dossier.read');
    return toCitizenProfile(citizen, found?.office ?? null, found?.comuneName ?? null);
  }

  /**
   * For other modules' operator routes: the citizen if they belong to an office the caller serves (the read is
   * audited as `action`), else CITIZEN_NOT_FOUND (audited as denied).
   */
  async citizenForStaff(ctx: RequestContext, citizenId: string, action: string): Promise<CitizenRef> {
    return toCitizenRef(await this.citizenInScope(ctx, citizenId, action));
  }

  /** The caller as a citizen (CITIZEN_NOT_FOUND if the registry does not know them). */
  async selfAsCitizen(ctx: RequestContext): Promise<CitizenRef> {
    const c = await this.repo.citizenRefRow(ctx.principal.fiscalCode); // the reference only (prepared): every citizen route calls this
    if (!c) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    return toCitizenRef(c);
  }

  /** Registry data of a citizen by id (no audit: for use cases that audit their own read); `domicileIstat`: ISTAT code of the domicile's comune. */
  async citizenDetails(
    citizenId: string,
  ): Promise<(CitizenRef & { birthDate: string | null; gender: 'M' | 'F' | null; domicile: string | null; domicileIstat: string | null; officeName: string | null }) | null> {
    const c = await this.repo.findCitizenById(citizenId);
    if (!c) return null;
    const [office, comune] = await Promise.all([c.officeId ? this.repo.findOffice(c.officeId) : null, c.domicileComuneIstat ? this.repo.findComune(c.domicileComuneIstat) : null]);
    return {
      ...toCitizenRef(c),
      birthDate: c.birthDate,
      gender: c.gender,
      domicile: comune?.comuneName ?? null,
      domicileIstat: c.domicileComuneIstat,
      officeName: office?.name ?? null,
    };
  }

  async officeName(officeId: string): Promise<string | null> {
    return (await this.repo.findOffice(officeId))?.name ?? null;
  }
  /** Names of several offices at once (one query), by id. */
  async officeNames(ids: string[]): Promise<Map<string, string>> {
    return new Map((await this.repo.findOffices([...new Set(ids)])).map((o) => [o.id, o.name]));
  }

  /** The agency (for patti where an agency is a party), and whether a fiscal code is one of its staff. */
  agency(agencyId: string): Promise<{ id: string; name: string } | null> {
    return this.repo.agency(agencyId);
  }
  agencyIdsOf(fiscalCode: string): Promise<string[]> {
    return this.repo.agencyIdsOf(fiscalCode);
  }
  /** Agencies a person may grant access to (their region's), and agencies by id (name, accreditation code, VAT number). */
  agenciesForCitizen(citizenId: string): Promise<AgencyRef[]> {
    return this.repo.agenciesForCitizen(citizenId);
  }
  /** The agencies of a region (the accreditation registry), by name. */
  agenciesInRegion(regionId: string): Promise<AgencyRef[]> {
    return this.repo.agenciesInRegion(regionId);
  }
  async agenciesByIds(ids: readonly string[]): Promise<Map<string, AgencyRef>> {
    return new Map((ids.length ? await this.repo.agenciesByIds([...new Set(ids)]) : []).map((a) => [a.id, a]));
  }

  async companyNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.repo.companyNames(ids)).map((r) => [r.id, r.name]));
  }
  /** Registry data of several citizens at once (names for lists; the caller audits the read). */
  async citizensByIds(ids: string[]): Promise<Map<string, CitizenRef>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo.citizenRefsByIds(ids);
    return new Map(rows.map((r) => [r.id, { ...r, fiscalCode: r.fiscalCode.trim() }]));
  }

  /** Offices by id (names, addresses and phone, for other modules' lists and messages), in one query. */
  async officesByIds(ids: readonly string[]): Promise<Map<string, OfficeRef>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await this.repo.officeRefsByIds(unique)).map((o) => [o.id, o]));
  }
  /** The same reference as a scalar subquery (JSON) on the office id `officeIdSql`, for a statement another module composes. */
  officeRefSql(officeIdSql: string): string {
    return `(SELECT json_build_object('id', id, 'name', name, 'address', address, 'comuneName', comune_name, 'phone', phone)
               FROM registry.offices WHERE id = ${officeIdSql})`;
  }
  /** Staff names by staff id (active or not: past records keep their author), in one query. */
  async staffNames(ids: readonly string[]): Promise<Map<string, { givenName: string; familyName: string }>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await this.repo.staffNamesByIds(unique)).map((s) => [s.id, s]));
  }
  /** The offices of the region of `fromOfficeId` (every office when null), that one first, the others by straight-line distance. */
  officesByDistance(fromOfficeId: string | null): Promise<(OfficeRef & { distanceKm: number })[]> {
    return this.repo.officesByDistance(fromOfficeId);
  }
  officesWithRegion = (regionId: string | null): Promise<OfficeWithRegion[]> => this.repo.officesWithRegion(regionId); // of one region, or all (null)

  /** One page of the person's access log (newest first); `nextCursor` when older records exist. */
  async auditTrail(ctx: RequestContext, citizenId: string, q: AuditTrailQuery = {}): Promise<AuditTrailResponse> {
    const citizen = await this.citizenInScope(ctx, citizenId, 'citizen.audit-trail.read');
    const limit = q.limit ?? 25;
    const page = await this.audit.trailOf(citizen.fiscalCode, limit + 1, q.before); // one more: are there older ones?
    const rows = page.slice(0, limit);
    const offices = await this.officeNames(rows.flatMap((r) => (r.actorOfficeId ? [r.actorOfficeId] : [])));
    return {
      items: rows.map((r) => toAuditEvent(r, offices)),
      ...(page.length > limit && rows.length > 0 ? { nextCursor: rows[rows.length - 1]!.id } : {}),
    };
  }

  /**
   * An operator sees only citizens of the offices they serve. Outside that scope the answer is 404 (no
   * hint that the person exists) and the attempt is audited as denied.
   */
  private async citizenInScope(ctx: RequestContext, citizenId: string, action: string): Promise<CitizenEntity> {
    this.requireStaff(ctx);
    return this.checkScope(ctx, citizenId, await this.repo.findCitizenById(citizenId), action);
  }

  private async checkScope(ctx: RequestContext, citizenId: string, citizen: CitizenEntity | null, action: string): Promise<CitizenEntity> {
    const staff = this.requireStaff(ctx);
    const allowed = !!citizen && !!citizen.officeId && staff.officeIds.includes(citizen.officeId);
    if (citizen) {
      await this.audit.record(ctx, {
        action,
        resourceType: 'citizen',
        resourceId: citizen.id,
        subjectFiscalCode: citizen.fiscalCode,
        outcome: allowed ? 'allowed' : 'denied',
        actorOfficeId: allowed ? citizen.officeId : null,
      });
    }
    if (!citizen || !allowed) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND, `No citizen ${citizenId} in your offices`);
    return citizen;
  }

  private requireStaff(ctx: RequestContext): StaffScope {
    if (!ctx.principal.staff) throw new DomainError(ErrorCode.FORBIDDEN, 'Only CPI staff can do this');
    return ctx.principal.staff;
  }

  private async profileOf(citizen: CitizenEntity): Promise<CitizenProfileResponse> {
    const [office, comune] = await Promise.all([
      citizen.officeId ? this.repo.findOffice(citizen.officeId) : null,
      citizen.domicileComuneIstat ? this.repo.findComune(citizen.domicileComuneIstat) : null,
    ]);
    return toCitizenProfile(citizen, office, comune?.comuneName ?? null);
  }
}
