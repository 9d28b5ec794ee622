import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService } from '../../registry/registry.service';
import { EidasIdentityRepository } from './eidas-identity.repository';
import type { EidasLinkResponse, LinkEidasIdentityBody } from './link-eidas-identity.body';

/**
 * How a foreign person (eIDAS, no codice fiscale in the assertion) maps to the registry: an operator of the
 * person's CPI, having identified them, links their eIDAS PersonIdentifier to their registry record.
 */
@Injectable()
export class EidasLinkService {
  constructor(
    private readonly repo: EidasIdentityRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async link(ctx: RequestContext, body: LinkEidasIdentityBody): Promise<EidasLinkResponse> {
    const staff = ctx.principal.staff;
    const citizen = await this.registry.citizenRef(body.fiscalCode);
    // someone of another office is "not found", as on every operator route
    if (!staff || !citizen || !citizen.officeId || !staff.officeIds.includes(citizen.officeId)) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    const linked = await this.repo.link(body.personIdentifier, body.fiscalCode, ctx.principal.fiscalCode);
    if (!linked) throw new DomainError(ErrorCode.EIDAS_IDENTITY_UNKNOWN, 'Nobody has logged in with this eIDAS identifier yet');
    await this.audit.record(ctx, {
      action: 'identity.eidas.link',
      resourceType: 'citizen',
      resourceId: citizen.id,
      subjectFiscalCode: citizen.fiscalCode,
      actorOfficeId: citizen.officeId,
      details: { personIdentifier: body.personIdentifier },
    });
    return {
      personIdentifier: body.personIdentifier,
      fiscalCode: body.fiscalCode,
      eidasGivenName: linked.givenName,
      eidasFamilyName: linked.familyName,
      linkedAt: linked.linkedAt.toISOString(),
    };
  }
}
