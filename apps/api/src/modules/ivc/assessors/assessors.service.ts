import { Injectable } from '@nestjs/common';
import { ErrorCode, Role, type AppointIvcAssessorBody, type IvcAssessorResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RoleSources } from '../../registry/role-sources';
import type { IvcAssessorEntity } from '../entities/assessor.entity';
import { toAssessorResponse } from '../ivc.mapper';
import { AssessorsRepository } from './assessors.repository';

/**
 * Appointed IVC assessors ("esperti di valutazione"): gives the registry the `ivc_assessor` role at sign-in (a
 * RoleSource: the registry never reads this table), and lets managers appoint and list them for their region.
 */
@Injectable()
export class AssessorsService {
  constructor(
    private readonly repo: AssessorsRepository,
    private readonly audit: AuditService,
    roleSources: RoleSources,
  ) {
    roleSources.add(async (fiscalCode) => ((await this.repo.active(fiscalCode)) ? [Role.IvcAssessor] : []));
  }

  /** The caller's appointment, when they hold the role (checked fresh: a revoked appointment stops at once). */
  async current(ctx: RequestContext): Promise<IvcAssessorEntity | null> {
    if (!ctx.principal.roles.includes(Role.IvcAssessor)) return null;
    return this.repo.active(ctx.principal.fiscalCode);
  }

  async list(ctx: RequestContext): Promise<IvcAssessorResponse[]> {
    const staff = ctx.principal.staff;
    if (!staff) throw new DomainError(ErrorCode.FORBIDDEN);
    return (await this.repo.ofRegion(staff.regionId)).map(toAssessorResponse);
  }

  async appoint(ctx: RequestContext, body: AppointIvcAssessorBody): Promise<IvcAssessorResponse> {
    const staff = ctx.principal.staff;
    if (!staff) throw new DomainError(ErrorCode.FORBIDDEN);
    const fiscalCode = body.fiscalCode.trim().toUpperCase();
    if (await this.repo.byFiscalCode(fiscalCode)) throw new DomainError(ErrorCode.IVC_ASSESSOR_ALREADY_APPOINTED);
    const a = await this.repo.insert({
      fiscalCode,
      givenName: body.givenName.trim(),
      familyName: body.familyName.trim(),
      regionId: staff.regionId,
      appointedBy: ctx.principal.fiscalCode,
    });
    await this.audit.record(ctx, { action: 'ivc.assessor.appointed', resourceType: 'ivc_assessor', resourceId: a.id, subjectFiscalCode: fiscalCode });
    return toAssessorResponse(a);
  }
}
