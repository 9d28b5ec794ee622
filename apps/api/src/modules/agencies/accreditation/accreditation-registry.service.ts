import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type AccreditationBody,
  type AccreditationStatusBody,
  type AccreditedAgencyResponse,
  type AgencyClientResponse,
  type RegisterAgencyClientBody,
} from '@opencpi/contracts';
import type { RequestContext } from '../../../platform/auth/request-context';
import { AuditService } from '../../../platform/audit/audit.service';
import { DomainError } from '../../../platform/errors/domain-error';
import { todayRome } from '../../../platform/time/rome-time';
import { RegistryService, type AgencyRef } from '../../registry/registry.service';
import { checkPublicJwks } from '../auth/public-jwks';
import { toAccreditationResponse, toClientResponse } from './accreditation.mapper';
import { AccreditationRepository } from './accreditation.repository';

/**
 * The region's accreditation registry: its agencies with accreditation (number, validity, scope, status) and their
 * OAuth clients. Region admins change it (every change audited, status changes with their reason); managers read it.
 */
@Injectable()
export class AccreditationRegistryService {
  constructor(
    private readonly repo: AccreditationRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<AccreditedAgencyResponse[]> {
    return this.view(await this.registry.agenciesInRegion(this.regionOf(ctx)));
  }

  async get(ctx: RequestContext, agencyId: string): Promise<AccreditedAgencyResponse> {
    const [one] = await this.view([await this.agencyOfRegion(ctx, agencyId)]);
    return one!;
  }

  async saveAccreditation(ctx: RequestContext, agencyId: string, body: AccreditationBody): Promise<AccreditedAgencyResponse> {
    const agency = await this.agencyOfRegion(ctx, agencyId);
    if (body.validUntil && body.validUntil < body.validFrom) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'validUntil is before validFrom', [
        { pointer: '/validUntil', detail: 'must not be before validFrom', constraint: 'afterValidFrom' },
      ]);
    }
    await this.repo.transaction(async (m) => {
      const before = await this.repo.lockAccreditation(m, agencyId);
      if (!(await this.repo.saveAccreditation(m, agencyId, body))) {
        throw new DomainError(ErrorCode.ACCREDITATION_NUMBER_TAKEN, 'Another agency has this accreditation number', [
          { pointer: '/number', detail: 'already registered', constraint: 'unique' },
        ]);
      }
      await this.audit.record(
        ctx,
        {
          action: before ? 'agencies.accreditation.updated' : 'agencies.accreditation.created',
          resourceType: 'agency',
          resourceId: agency.id,
          subjectFiscalCode: null,
          details: { ...body },
        },
        m,
      );
    });
    return this.get(ctx, agencyId);
  }

  async setStatus(ctx: RequestContext, agencyId: string, body: AccreditationStatusBody): Promise<AccreditedAgencyResponse> {
    await this.agencyOfRegion(ctx, agencyId);
    await this.repo.transaction(async (m) => {
      const current = await this.repo.lockAccreditation(m, agencyId);
      if (!current) throw new DomainError(ErrorCode.ACCREDITATION_NOT_FOUND, 'Record the accreditation first');
      if (current.status === 'revoked')
        throw new DomainError(ErrorCode.ACCREDITATION_REVOKED_FINAL, 'A revoked accreditation stays revoked: record a new accreditation number instead');
      if (current.status === body.status) throw new DomainError(ErrorCode.ACCREDITATION_STATUS_UNCHANGED, `The accreditation is already ${body.status}`);
      await this.repo.setStatus(m, agencyId, body.status, body.reason);
      await this.audit.record(
        ctx,
        {
          action: 'agencies.accreditation.status-changed',
          resourceType: 'agency',
          resourceId: agencyId,
          subjectFiscalCode: null,
          details: { from: current.status, to: body.status, reason: body.reason },
        },
        m,
      );
    });
    return this.get(ctx, agencyId);
  }

  async registerClient(ctx: RequestContext, agencyId: string, body: RegisterAgencyClientBody): Promise<AgencyClientResponse> {
    await this.agencyOfRegion(ctx, agencyId);
    const checked = await checkPublicJwks(body.jwks);
    if (!checked.ok) throw new DomainError(ErrorCode.AGENCY_JWKS_INVALID, checked.reason, [{ pointer: '/jwks', detail: checked.reason, constraint: 'publicJwks' }]);
    await this.repo.transaction(async (m) => {
      if (!(await this.repo.insertClient(m, { clientId: body.clientId, agencyId, name: body.name, jwks: checked.jwks, scopes: body.scopes }))) {
        throw new DomainError(ErrorCode.AGENCY_CLIENT_ID_TAKEN, 'This client id is already registered', [
          { pointer: '/clientId', detail: 'already registered', constraint: 'unique' },
        ]);
      }
      await this.audit.record(
        ctx,
        { action: 'agencies.client.registered', resourceType: 'agency', resourceId: agencyId, subjectFiscalCode: null, details: { clientId: body.clientId, scopes: body.scopes } },
        m,
      );
    });
    const [client] = (await this.repo.clientsOf([agencyId])).filter((c) => c.clientId === body.clientId);
    return toClientResponse(client!);
  }

  async revokeClient(ctx: RequestContext, agencyId: string, clientId: string): Promise<AgencyClientResponse> {
    await this.agencyOfRegion(ctx, agencyId);
    const client = await this.repo.transaction(async (m) => {
      const c = await this.repo.revokeClient(m, agencyId, clientId);
      if (!c) throw new DomainError(ErrorCode.AGENCY_CLIENT_NOT_FOUND, 'The agency has no such client');
      await this.audit.record(ctx, { action: 'agencies.client.revoked', resourceType: 'agency', resourceId: agencyId, subjectFiscalCode: null, details: { clientId } }, m);
      return c;
    });
    return toClientResponse(client);
  }

  private regionOf(ctx: RequestContext): string {
    const region = ctx.principal.staff?.regionId;
    if (!region) throw new DomainError(ErrorCode.FORBIDDEN, 'Only regional staff see the accreditation registry');
    return region;
  }

  /** An agency of the caller's region (404 for any other: another region's registry is not theirs). */
  private async agencyOfRegion(ctx: RequestContext, agencyId: string): Promise<AgencyRef> {
    const agency = (await this.registry.agenciesInRegion(this.regionOf(ctx))).find((a) => a.id === agencyId);
    if (!agency) throw new DomainError(ErrorCode.AGENCY_NOT_FOUND, 'No such agency in your region');
    return agency;
  }

  private async view(agencies: AgencyRef[]): Promise<AccreditedAgencyResponse[]> {
    const ids = agencies.map((a) => a.id);
    const [accreditations, clients] = await Promise.all([this.repo.accreditationsOf(ids), this.repo.clientsOf(ids)]);
    const today = todayRome();
    return Promise.all(
      agencies.map(async (a) => {
        const acc = accreditations.find((x) => x.agencyId === a.id);
        return {
          agencyId: a.id,
          name: a.name,
          vatNumber: a.vatNumber,
          ...(acc ? { accreditation: toAccreditationResponse(acc, today) } : {}),
          clients: await Promise.all(clients.filter((c) => c.agencyId === a.id).map(toClientResponse)),
        };
      }),
    );
  }
}
