import { Injectable } from '@nestjs/common';
import { ErrorCode, type AddIntermediaryOperatorBody, type OrganisationResponse, type RegisterOrganisationBody } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { IntermediariesRepository } from '../intermediaries.repository';
import { toOrganisation } from '../intermediaries.mapper';
import { isUniqueViolation } from '../../../platform/errors/pg-errors';

/** The region's register of intermediaries (patronati, CAF, municipalities) and their operators. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly repo: IntermediariesRepository,
    private readonly audit: AuditService,
  ) {}

  /** The caller's region's organisations with their operators (region admin). */
  async ofRegion(ctx: RequestContext): Promise<OrganisationResponse[]> {
    const orgs = await this.repo.organisations(this.regionOf(ctx));
    const operators = await this.repo.operatorsOf(orgs.map((o) => o.id));
    return orgs.map((o) => toOrganisation(o, operators));
  }

  /** Every registered organisation, without its operators (a person choosing whom to delegate). */
  async directory(): Promise<OrganisationResponse[]> {
    return (await this.repo.organisations()).map((o) => toOrganisation(o));
  }

  async register(ctx: RequestContext, body: RegisterOrganisationBody): Promise<OrganisationResponse> {
    const regionId = this.regionOf(ctx);
    try {
      return await this.repo.transaction(async (m) => {
        const o = await this.repo.saveOrganisation(m, { name: body.name.trim(), kind: body.kind, fiscalCode: body.fiscalCode, regionId });
        await this.audit.record(ctx, { action: 'intermediaries.organisation.register', resourceType: 'intermediary_organisation', resourceId: o.id, subjectFiscalCode: null }, m);
        return toOrganisation(o);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'organisations_fiscal_code_key')) {
        throw new DomainError(ErrorCode.INTERMEDIARY_ORGANISATION_EXISTS, undefined, [{ pointer: '/fiscalCode', detail: 'already registered', constraint: 'unique' }]);
      }
      throw e;
    }
  }

  async addOperator(ctx: RequestContext, organisationId: string, body: AddIntermediaryOperatorBody): Promise<OrganisationResponse> {
    const org = await this.repo.organisation(organisationId);
    if (!org || org.regionId !== this.regionOf(ctx)) throw new DomainError(ErrorCode.INTERMEDIARY_ORGANISATION_NOT_FOUND);
    try {
      await this.repo.transaction(async (m) => {
        const o = await this.repo.saveOperator(m, {
          organisationId,
          fiscalCode: body.fiscalCode.toUpperCase(),
          givenName: body.givenName.trim(),
          familyName: body.familyName.trim(),
        });
        await this.audit.record(
          ctx,
          { action: 'intermediaries.operator.add', resourceType: 'intermediary_operator', resourceId: o.id, subjectFiscalCode: o.fiscalCode, details: { organisationId } },
          m,
        );
      });
    } catch (e) {
      if (isUniqueViolation(e, 'operators_fiscal_code_key')) {
        throw new DomainError(ErrorCode.INTERMEDIARY_OPERATOR_EXISTS, undefined, [{ pointer: '/fiscalCode', detail: 'already an operator', constraint: 'unique' }]);
      }
      throw e;
    }
    return toOrganisation(org, await this.repo.operatorsOf([org.id]));
  }

  private regionOf(ctx: RequestContext): string {
    const staff = ctx.principal.staff;
    if (!staff || staff.role !== 'region_admin') throw new DomainError(ErrorCode.FORBIDDEN, 'Only a region administrator keeps the register of intermediaries');
    return staff.regionId;
  }
}
