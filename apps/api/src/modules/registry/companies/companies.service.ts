import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type CompanyListResponse,
  type CompanyResponse,
  type CompanyStatus,
  type InviteCompanyMemberBody,
  type RegisterCompanyBody,
  type ReviewCompanyBody,
} from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { toCompanyResponse } from './companies.mapper';
import { CompaniesRepository, type CompanyRow } from './companies.repository';

/**
 * The company lifecycle: a person declares a company (pending, they administer it), an operator of the CPI of its main
 * site approves or rejects it, the administrator invites and removes colleagues. Only an approved company opens the
 * employer area (`approvedCompanyIds`).
 */
@Injectable()
export class CompaniesService {
  constructor(
    private readonly repo: CompaniesRepository,
    private readonly audit: AuditService,
  ) {}

  async register(ctx: RequestContext, body: RegisterCompanyBody): Promise<CompanyResponse> {
    const fiscalCode = ctx.principal.fiscalCode;
    const id = await this.repo.transaction(async (m) => {
      const unknown = await this.repo.unknownComuni(m, [...new Set(body.sites.map((s) => s.comuneIstat))]);
      const bad = body.sites.findIndex((s) => unknown.has(s.comuneIstat));
      if (bad >= 0) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, 'No CPI of the region serves this comune', [
          { pointer: `/sites/${bad}/comuneIstat`, detail: 'unknown comune', constraint: 'exists' },
        ]);
      }
      const fc = body.fiscalCode && body.fiscalCode !== body.vatNumber ? body.fiscalCode.toUpperCase() : null;
      const created = await this.repo.insertCompany(
        m,
        {
          name: body.name.trim(),
          vatNumber: body.vatNumber,
          fiscalCode: fc,
          atecoCode: body.atecoCode,
          declaredBy: fiscalCode,
          sites: body.sites.map((s) => ({ ...s, address: s.address.trim() })),
        },
        { givenName: ctx.principal.givenName, familyName: ctx.principal.familyName },
      );
      if (!created) {
        throw new DomainError(ErrorCode.COMPANY_ALREADY_REGISTERED, 'A company with this partita IVA is already registered', [
          { pointer: '/vatNumber', detail: 'already registered', constraint: 'unique' },
        ]);
      }
      await this.audit.record(
        ctx,
        { action: 'company.registered', resourceType: 'company', resourceId: created, subjectFiscalCode: fiscalCode, details: { vatNumber: body.vatNumber } },
        m,
      );
      return created;
    });
    return this.ownCompany(ctx, id);
  }

  /** The caller's companies, whatever their status (the company area shows a pending or rejected one with its state). */
  async mine(ctx: RequestContext): Promise<CompanyListResponse> {
    const rows = await this.repo.companiesOfMember(ctx.principal.fiscalCode);
    return { items: await this.withDetails(rows, (c) => rows.find((r) => r.id === c.id)?.admin ?? false) };
  }

  async ownCompany(ctx: RequestContext, companyId: string): Promise<CompanyResponse> {
    const own = (await this.repo.companiesOfMember(ctx.principal.fiscalCode)).find((c) => c.id === companyId);
    if (!own) throw new DomainError(ErrorCode.COMPANY_NOT_FOUND, `You do not belong to company ${companyId}`);
    return (await this.withDetails([own], () => own.admin))[0]!;
  }

  async invite(ctx: RequestContext, companyId: string, body: InviteCompanyMemberBody): Promise<CompanyResponse> {
    await this.requireApproved(ctx, companyId, true);
    await this.repo.transaction(async (m) => {
      const person = { fiscalCode: body.fiscalCode.toUpperCase(), givenName: body.givenName.trim(), familyName: body.familyName.trim() };
      const id = await this.repo.addMember(m, companyId, person, ctx.principal.fiscalCode);
      if (!id) throw new DomainError(ErrorCode.COMPANY_MEMBER_EXISTS, 'Already a member', [{ pointer: '/fiscalCode', detail: 'already a member', constraint: 'unique' }]);
      await this.audit.record(ctx, { action: 'company.member.invited', resourceType: 'company', resourceId: companyId, subjectFiscalCode: person.fiscalCode }, m);
    });
    return this.ownCompany(ctx, companyId);
  }

  async removeMember(ctx: RequestContext, companyId: string, memberId: string): Promise<CompanyResponse> {
    await this.requireApproved(ctx, companyId, true);
    await this.repo.transaction(async (m) => {
      const removed = await this.repo.removeMember(m, companyId, memberId);
      if (!removed) throw new DomainError(ErrorCode.COMPANY_MEMBER_NOT_FOUND, 'No such member (administrators cannot be removed)');
      await this.audit.record(ctx, { action: 'company.member.removed', resourceType: 'company', resourceId: companyId, subjectFiscalCode: removed.fiscalCode }, m);
    });
    return this.ownCompany(ctx, companyId);
  }

  /** Operator side: the companies of the caller's offices (by main site), optionally by status. */
  async forOffices(ctx: RequestContext, status: CompanyStatus | undefined): Promise<CompanyListResponse> {
    const staff = this.requireStaff(ctx);
    const rows = await this.repo.companiesOfOffices(staff.officeIds, status ?? null);
    return { items: await this.withDetails(rows) };
  }

  /** Operator side: one company of the caller's offices (its members are people: the read is audited). */
  async forOffice(ctx: RequestContext, companyId: string): Promise<CompanyResponse> {
    const c = await this.inOfficeScope(ctx, companyId);
    const out = (await this.withDetails([c]))[0]!;
    await this.audit.record(
      ctx,
      out.members.map((mb) => ({ action: 'company.members.read', resourceType: 'company', resourceId: c.id, subjectFiscalCode: mb.fiscalCode, actorOfficeId: c.officeId })),
    );
    return out;
  }

  async review(ctx: RequestContext, companyId: string, body: ReviewCompanyBody): Promise<CompanyResponse> {
    const c = await this.inOfficeScope(ctx, companyId);
    const staff = this.requireStaff(ctx);
    await this.repo.transaction(async (m) => {
      const locked = await this.repo.lockCompany(m, companyId);
      if (!locked || locked.status !== 'pending') throw new DomainError(ErrorCode.COMPANY_NOT_PENDING, `Company ${companyId} is ${locked?.status ?? 'gone'}`);
      const status = body.decision === 'approve' ? 'approved' : 'rejected';
      await this.repo.review(m, companyId, status, staff.staffId, status === 'rejected' ? body.reason!.trim() : null);
      const members = await this.repo.members([companyId], m);
      await this.audit.record(
        ctx,
        members.map((mb) => ({
          action: `company.${status}`,
          resourceType: 'company',
          resourceId: companyId,
          subjectFiscalCode: mb.fiscalCode,
          actorOfficeId: c.officeId,
          ...(body.reason ? { details: { reason: body.reason } } : {}),
        })),
        m,
      );
    });
    return this.forOffice(ctx, companyId);
  }

  /**
   * The approved companies the person acts for (the employer area). A member of only pending or rejected companies is
   * refused with COMPANY_NOT_APPROVED; somebody of no company with COMPANY_NOT_FOUND.
   */
  async approvedCompanies(fiscalCode: string): Promise<{ id: string; name: string; admin: boolean }[]> {
    const rows = await this.repo.companiesOfMember(fiscalCode);
    if (rows.length === 0) throw new DomainError(ErrorCode.COMPANY_NOT_FOUND, 'You do not act for a registered company');
    const approved = rows.filter((r) => r.status === 'approved');
    if (approved.length === 0) throw new DomainError(ErrorCode.COMPANY_NOT_APPROVED, 'Your company is not approved by the CPI yet');
    return approved.map((r) => ({ id: r.id, name: r.name, admin: r.admin }));
  }

  /** One approved company of the caller (COMPANY_NOT_FOUND when not theirs, COMPANY_NOT_APPROVED, COMPANY_ADMIN_REQUIRED). */
  async requireApproved(ctx: RequestContext, companyId: string, admin = false): Promise<CompanyRow> {
    const own = (await this.repo.companiesOfMember(ctx.principal.fiscalCode)).find((c) => c.id === companyId);
    if (!own) throw new DomainError(ErrorCode.COMPANY_NOT_FOUND, `You do not belong to company ${companyId}`);
    if (own.status !== 'approved') throw new DomainError(ErrorCode.COMPANY_NOT_APPROVED, `Company ${companyId} is ${own.status}`);
    if (admin && !own.admin) throw new DomainError(ErrorCode.COMPANY_ADMIN_REQUIRED);
    return own;
  }

  /** A company of the caller's offices (by main site) or COMPANY_NOT_FOUND. */
  async inOfficeScope(ctx: RequestContext, companyId: string): Promise<CompanyRow> {
    const staff = this.requireStaff(ctx);
    const c = await this.repo.company(companyId);
    if (!c || !c.officeId || !staff.officeIds.includes(c.officeId)) throw new DomainError(ErrorCode.COMPANY_NOT_FOUND, `No company ${companyId} in your offices`);
    return c;
  }

  private async withDetails(rows: CompanyRow[], canAdminister?: (c: CompanyRow) => boolean): Promise<CompanyResponse[]> {
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    const [sites, members] = await Promise.all([this.repo.sites(ids), this.repo.members(ids)]);
    return rows.map((c) => toCompanyResponse(c, sites, members, canAdminister?.(c)));
  }

  private requireStaff(ctx: RequestContext) {
    if (!ctx.principal.staff) throw new DomainError(ErrorCode.FORBIDDEN, 'Only CPI staff can do this');
    return ctx.principal.staff;
  }
}
