import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import type { PattoEntity } from '../entities/patto.entity';
import { PattiRepository } from './patti.repository';

/** Who may reach which patto: the operators of its office, the person, an agency that is a party (404 otherwise). */
@Injectable()
export class PattoScopeService {
  constructor(
    private readonly repo: PattiRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  staffOf(ctx: RequestContext) {
    if (!ctx.principal.staff) throw new DomainError(ErrorCode.FORBIDDEN, 'Only CPI staff can do this');
    return ctx.principal.staff;
  }

  /** A patto of an office the operator serves (404 otherwise, audited through the citizen read). */
  async operatorPatto(ctx: RequestContext, pattoId: string, action: string): Promise<{ patto: PattoEntity; citizen: CitizenRef }> {
    const staff = this.staffOf(ctx);
    const patto = await this.repo.find(pattoId);
    if (!patto || !staff.officeIds.includes(patto.officeId)) throw new DomainError(ErrorCode.PATTO_NOT_FOUND);
    return { patto, citizen: await this.registry.citizenForStaff(ctx, patto.citizenId, action) };
  }

  async citizenPatto(ctx: RequestContext, pattoId: string): Promise<{ patto: PattoEntity; citizen: CitizenRef }> {
    const me = await this.registry.selfAsCitizen(ctx);
    const patto = await this.repo.findOfCitizen(pattoId, me.id);
    if (!patto) throw new DomainError(ErrorCode.PATTO_NOT_FOUND);
    return { patto, citizen: me };
  }

  /** An agency sees a patto only where it is a party. */
  async agencyPatto(ctx: RequestContext, pattoId: string): Promise<PattoEntity> {
    const agencyIds = await this.registry.agencyIdsOf(ctx.principal.fiscalCode);
    const patto = await this.repo.find(pattoId);
    if (!patto || !patto.agencyId || !agencyIds.includes(patto.agencyId)) {
      if (patto)
        await this.audit.record(ctx, {
          action: 'patto.patto.read',
          resourceType: 'patto',
          resourceId: patto.id,
          subjectFiscalCode: patto.citizenFiscalCode.trim(),
          outcome: 'denied',
        });
      throw new DomainError(ErrorCode.PATTO_NOT_FOUND);
    }
    await this.audit.record(ctx, { action: 'patto.patto.read', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: patto.citizenFiscalCode.trim() });
    return patto;
  }
}
