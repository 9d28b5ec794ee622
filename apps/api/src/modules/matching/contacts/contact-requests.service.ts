import { Injectable } from '@nestjs/common';
import { ErrorCode, type ReceivedContactRequestResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService } from '../../registry/registry.service';
import { toReceivedContactRequest } from './contact-request.mapper';
import { ContactRequestsRepository, type ContactRequestRow } from './contact-requests.repository';

/** The person answers a company's contact request; the company's CPI forwards those sent through it. */
@Injectable()
export class ContactRequestsService {
  constructor(
    private readonly repo: ContactRequestsRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async mine(ctx: RequestContext): Promise<ReceivedContactRequestResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.repo.forCitizen(me.id);
    const names = await this.registry.companyNames(rows.map((r) => r.companyId));
    return rows.map((r) => toReceivedContactRequest(r, names.get(r.companyId) ?? ''));
  }

  async answer(ctx: RequestContext, requestId: string, accept: boolean): Promise<ReceivedContactRequestResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const row = await this.repo.transaction(async (m) => {
      const r = await this.repo.byId(requestId, m, true);
      if (!r || r.citizenId !== me.id || r.status === 'awaiting_cpi') throw new DomainError(ErrorCode.CONTACT_REQUEST_NOT_FOUND);
      if (r.status !== 'pending') throw new DomainError(ErrorCode.CONTACT_REQUEST_ANSWERED, `Already ${r.status}`);
      await this.repo.answer(m, requestId, accept);
      await this.audit.record(
        ctx,
        { action: accept ? 'matching.contact.accepted' : 'matching.contact.declined', resourceType: 'contact_request', resourceId: requestId, subjectFiscalCode: me.fiscalCode },
        m,
      );
      return (await this.repo.byId(requestId, m))!;
    });
    return toReceivedContactRequest(row, (await this.registry.companyNames([row.companyId])).get(row.companyId) ?? '');
  }

  /** Operator side: requests sent through the CPI that the caller's offices have to forward (who is asked: audited). */
  async awaiting(ctx: RequestContext): Promise<ReceivedContactRequestResponse[]> {
    const staff = this.requireStaff(ctx);
    return this.withNames(ctx, await this.repo.awaitingForOffices(staff.officeIds), 'matching.contact.listed');
  }

  async forward(ctx: RequestContext, requestId: string): Promise<ReceivedContactRequestResponse> {
    const staff = this.requireStaff(ctx);
    const row = await this.repo.transaction(async (m) => {
      const r = await this.repo.byId(requestId, m, true);
      if (!r || !r.officeId || !staff.officeIds.includes(r.officeId)) throw new DomainError(ErrorCode.CONTACT_REQUEST_NOT_FOUND);
      if (r.status !== 'awaiting_cpi') throw new DomainError(ErrorCode.CONTACT_REQUEST_ANSWERED, `Already ${r.status}`);
      await this.repo.forward(m, requestId, ctx.principal.fiscalCode);
      return (await this.repo.byId(requestId, m))!;
    });
    return (await this.withNames(ctx, [row], 'matching.contact.forwarded'))[0]!;
  }

  private async withNames(ctx: RequestContext, rows: ContactRequestRow[], action: string): Promise<ReceivedContactRequestResponse[]> {
    const [names, people] = await Promise.all([this.registry.companyNames(rows.map((r) => r.companyId)), this.registry.citizensByIds(rows.map((r) => r.citizenId))]);
    await this.audit.record(
      ctx,
      rows.map((r) => ({
        action,
        resourceType: 'contact_request',
        resourceId: r.id,
        subjectFiscalCode: people.get(r.citizenId)?.fiscalCode ?? null,
        actorOfficeId: r.officeId,
      })),
    );
    return rows.map((r) => toReceivedContactRequest(r, names.get(r.companyId) ?? '', people.get(r.citizenId)));
  }

  private requireStaff(ctx: RequestContext) {
    if (!ctx.principal.staff) throw new DomainError(ErrorCode.FORBIDDEN, 'Only CPI staff can do this');
    return ctx.principal.staff;
  }
}
