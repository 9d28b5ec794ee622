import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type ConditionalityCaseListQuery,
  type ConditionalityCaseListResponse,
  type ConditionalityCaseResponse,
  type SanctionRuleListResponse,
} from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { StaffScope } from '../../../platform/auth/principal';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { CondizionalitaRepository } from '../condizionalita.repository';
import { toCaseSummary, toParameter, toRule, type PersonView } from '../condizionalita.mapper';
import type { ConditionalityCaseEntity } from '../entities/case.entity';
import { CaseViewService } from './case-view.service';

/** The office's side: the worklist, the case page, the ladder as data. Operators see the cases of the offices they serve. */
@Injectable()
export class OperatorCasesService {
  constructor(
    private readonly repo: CondizionalitaRepository,
    private readonly views: CaseViewService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async worklist(ctx: RequestContext, q: ConditionalityCaseListQuery, now = new Date()): Promise<ConditionalityCaseListResponse> {
    const staff = staffOf(ctx);
    if (q.officeId && !staff.officeIds.includes(q.officeId)) throw new DomainError(ErrorCode.FORBIDDEN, 'You do not serve this office');
    const limit = q.limit ?? 25;
    const offset = q.offset ?? 0;
    const { rows, total } = await this.repo.worklist({
      officeIds: q.officeId ? [q.officeId] : staff.officeIds,
      state: q.state,
      benefit: q.benefit,
      sort: q.sort ?? 'deadline',
      limit,
      offset,
    });
    const [people, offices, sanctions] = await Promise.all([
      this.registry.citizensByIds([...new Set(rows.map((c) => c.citizenId))]),
      this.registry.officesByIds(rows.map((c) => c.officeId)),
      this.repo.effectiveSanctions(rows.map((c) => c.id)),
    ]);
    await this.audit.record(
      ctx,
      rows.map((c) => ({
        action: 'condizionalita.worklist.result',
        resourceType: 'conditionality_case',
        resourceId: c.id,
        subjectFiscalCode: c.citizenFiscalCode.trim(),
        actorOfficeId: c.officeId,
      })),
    );
    return { items: rows.map((c) => toCaseSummary(c, now, sanctions.get(c.id), personView(c, people.get(c.citizenId), offices.get(c.officeId)?.name))), total, limit, offset };
  }

  async caseFor(ctx: RequestContext, caseId: string): Promise<ConditionalityCaseResponse> {
    const { c, citizen } = await this.inScope(ctx, caseId, 'condizionalita.case.read');
    const offices = await this.registry.officesByIds([c.officeId]);
    return this.views.detail(ctx, c, citizen, 'operator', personView(c, citizen, offices.get(c.officeId)?.name));
  }

  async rules(): Promise<SanctionRuleListResponse> {
    const [rules, parameters] = await Promise.all([this.repo.rules(), this.repo.parameters()]);
    return { items: rules.map(toRule), parameters: parameters.map(toParameter) };
  }

  /**
   * A case of the offices the caller serves, with its person (the read audited as `action`); else 404 (audited as
   * denied when the case exists), with no hint that it exists.
   */
  async inScope(ctx: RequestContext, caseId: string, action: string, c?: ConditionalityCaseEntity | null): Promise<{ c: ConditionalityCaseEntity; citizen: CitizenRef }> {
    const staff = staffOf(ctx);
    const found = c === undefined ? await this.repo.caseById(caseId) : c;
    const allowed = !!found && staff.officeIds.includes(found.officeId);
    if (found) {
      await this.audit.record(ctx, {
        action,
        resourceType: 'conditionality_case',
        resourceId: found.id,
        subjectFiscalCode: found.citizenFiscalCode.trim(),
        outcome: allowed ? 'allowed' : 'denied',
        actorOfficeId: allowed ? found.officeId : null,
      });
    }
    if (!found || !allowed) throw new DomainError(ErrorCode.CONDITIONALITY_CASE_NOT_FOUND);
    const citizen = (await this.registry.citizensByIds([found.citizenId])).get(found.citizenId);
    if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    return { c: found, citizen };
  }
}

export function staffOf(ctx: RequestContext): StaffScope {
  if (!ctx.principal.staff) throw new DomainError(ErrorCode.FORBIDDEN, 'Only CPI staff can do this');
  return ctx.principal.staff;
}

const personView = (c: ConditionalityCaseEntity, p: CitizenRef | undefined, officeName: string | undefined): PersonView => ({
  citizenName: p ? `${p.givenName} ${p.familyName}` : c.citizenFiscalCode.trim(),
  officeName: officeName ?? '',
});
