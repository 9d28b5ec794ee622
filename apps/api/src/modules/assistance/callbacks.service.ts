import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type CallbackOutcomeBody,
  type CallbackRequestBody,
  type CallbackRequestResponse,
  type MyCallbackResponse,
  type OperatorCallbackResponse,
} from '@opencpi/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/auth/request-context';
import { DomainError } from '../../platform/errors/domain-error';
import { isUniqueViolation } from '../../platform/errors/pg-errors';
import { RegistryService } from '../registry/registry.service';
import { CallbacksRepository, type CallbackRow as Row } from './callbacks.repository';

const view = (r: Row): CallbackRequestResponse => ({
  id: r.id,
  phone: r.phone,
  timeWindow: r.timeWindow,
  ...(r.topic ? { topic: r.topic } : {}),
  status: r.status,
  requestedAt: new Date(r.requestedAt).toISOString(),
  ...(r.handledAt ? { handledAt: new Date(r.handledAt).toISOString() } : {}),
});

/**
 * "Preferisco essere richiamato" (issue 17): a person asks their CPI to call them back; the operators of the person's
 * office see the open requests (oldest first) and record the call. One open request per person (database).
 */
@Injectable()
export class CallbacksService {
  constructor(
    private readonly repo: CallbacksRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async mine(ctx: RequestContext): Promise<MyCallbackResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const row = await this.repo.latestOf(me.id);
    await this.audit.record(ctx, { action: 'assistance.callback.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return row ? { request: view(row) } : {};
  }

  async request(ctx: RequestContext, body: CallbackRequestBody): Promise<CallbackRequestResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    try {
      return await this.repo.transaction(async (m) => {
        const row = await this.repo.insert(m, {
          citizenId: me.id,
          fiscalCode: me.fiscalCode,
          officeId: me.officeId,
          phone: body.phone,
          timeWindow: body.timeWindow,
          topic: body.topic?.trim() ? body.topic.trim() : null,
        });
        await this.audit.record(
          ctx,
          {
            action: 'assistance.callback.requested',
            resourceType: 'callback_request',
            resourceId: row.id,
            subjectFiscalCode: me.fiscalCode,
            details: { timeWindow: body.timeWindow },
          },
          m,
        );
        return view(row);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'callback_requests_open_key')) throw new DomainError(ErrorCode.CALLBACK_ALREADY_OPEN);
      throw e;
    }
  }

  /** Open requests of the caller's offices, oldest first (each person named: audited). */
  async openForStaff(ctx: RequestContext, limit = 50): Promise<OperatorCallbackResponse[]> {
    const staff = ctx.principal.staff;
    if (!staff) throw new DomainError(ErrorCode.FORBIDDEN);
    const rows = await this.repo.openOfOffices(staff.officeIds, limit);
    const people = await this.registry.citizensByIds([...new Set(rows.map((r) => r.citizenId))]);
    const items = rows.map((r) => {
      const p = people.get(r.citizenId);
      return { ...view(r), citizenId: r.citizenId, fiscalCode: r.fiscalCode, citizenName: p ? `${p.givenName} ${p.familyName}` : r.fiscalCode };
    });
    await this.audit.record(
      ctx,
      items.map((i) => ({ action: 'assistance.callback.listed', resourceType: 'citizen', resourceId: i.citizenId, subjectFiscalCode: i.fiscalCode })),
    );
    return items;
  }

  /** The operator called: done, or nobody answered. Only an open request of the caller's offices (else 404). */
  async record(ctx: RequestContext, id: string, body: CallbackOutcomeBody): Promise<CallbackRequestResponse> {
    const staff = ctx.principal.staff;
    if (!staff) throw new DomainError(ErrorCode.FORBIDDEN);
    return this.repo.transaction(async (m) => {
      const updated = await this.repo.handle(m, id, staff.officeIds, body.outcome, ctx.principal.fiscalCode);
      if (!updated) throw new DomainError(ErrorCode.CALLBACK_NOT_FOUND);
      await this.audit.record(
        ctx,
        { action: 'assistance.callback.handled', resourceType: 'callback_request', resourceId: id, subjectFiscalCode: updated.fiscalCode, details: { outcome: body.outcome } },
        m,
      );
      return view(updated);
    });
  }
}
