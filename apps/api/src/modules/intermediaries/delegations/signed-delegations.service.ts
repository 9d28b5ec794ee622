import { Injectable } from '@nestjs/common';
import { DELEGATION_MAX_DAYS, ErrorCode, type DelegationResponse, type DelegationScope, type ReviewDelegationBody, type UploadDelegationBody } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { addDays, todayRome } from '../../../platform/time/rome-time';
import { DossierService, type UploadedFile } from '../../dossier/dossier.service';
import { RegistryService } from '../../registry/registry.service';
import { IntermediariesRepository } from '../intermediaries.repository';
import { toDelegation } from '../intermediaries.mapper';

const isExclusionViolation = (e: unknown): boolean => (e as { code?: string }).code === '23P01' && (e as { constraint?: string }).constraint === 'delegations_one_active';

/**
 * A delegation the person signed on paper: the intermediary uploads it (the PDF goes to the person's dossier, where they
 * see it), a CPI operator of the person's office opens it and approves or rejects it with a reason. Until approved it
 * lets the intermediary do nothing.
 */
@Injectable()
export class SignedDelegationsService {
  constructor(
    private readonly repo: IntermediariesRepository,
    private readonly registry: RegistryService,
    private readonly dossier: DossierService,
    private readonly audit: AuditService,
  ) {}

  async upload(ctx: RequestContext, body: UploadDelegationBody, file: UploadedFile | undefined): Promise<DelegationResponse> {
    const operator = await this.repo.operatorByFiscalCode(ctx.principal.fiscalCode);
    if (!operator?.organisation) throw new DomainError(ErrorCode.FORBIDDEN, 'Not an operator of a registered intermediary (any more)');
    const today = todayRome();
    if (body.validUntil > addDays(today, DELEGATION_MAX_DAYS)) {
      throw new DomainError(ErrorCode.DELEGATION_TOO_LONG, undefined, [{ pointer: '/validUntil', detail: `at most ${DELEGATION_MAX_DAYS} days from today`, constraint: 'max' }]);
    }
    const person = await this.registry.citizenRef(body.fiscalCode.toUpperCase());
    if (!person) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND, undefined, [{ pointer: '/fiscalCode', detail: 'not registered with a CPI', constraint: 'exists' }]);
    try {
      const saved = await this.repo.transaction(async (m) => {
        const doc = await this.dossier.storeDocument(m, ctx, person, file, 'other', 'citizen');
        const d = await this.repo.saveDelegation(m, {
          organisationId: operator.organisationId,
          citizenId: person.id,
          citizenFiscalCode: person.fiscalCode,
          citizenName: `${person.givenName} ${person.familyName}`,
          scopes: [...new Set(body.scopes.split(','))] as DelegationScope[],
          validFrom: today,
          validUntil: body.validUntil,
          source: 'signed_document',
          documentId: doc.id,
          reviewState: 'pending',
        });
        await this.audit.record(
          ctx,
          {
            action: 'intermediaries.delegation.upload',
            resourceType: 'delegation',
            resourceId: d.id,
            subjectFiscalCode: person.fiscalCode,
            details: { organisationId: operator.organisationId, documentId: doc.id },
          },
          m,
        );
        return d;
      });
      return toDelegation({ ...saved, organisation: operator.organisation }, today);
    } catch (e) {
      if (isExclusionViolation(e)) throw new DomainError(ErrorCode.DELEGATION_EXISTS, 'The organisation already holds or awaits a delegation from this person');
      throw e;
    }
  }

  /** Uploaded delegations of people of the caller's offices (a region admin: the region's), oldest first. */
  async pending(ctx: RequestContext): Promise<DelegationResponse[]> {
    const staff = ctx.principal.staff;
    if (!staff) throw new DomainError(ErrorCode.FORBIDDEN);
    const rows = await this.repo.pendingDelegations();
    const people = await this.registry.citizensByIds([...new Set(rows.map((d) => d.citizenId))]);
    const inScope = (citizenId: string) => {
      const officeId = people.get(citizenId)?.officeId;
      return staff.role === 'region_admin' || (officeId !== null && officeId !== undefined && staff.officeIds.includes(officeId));
    };
    const today = todayRome();
    return rows.filter((d) => inScope(d.citizenId)).map((d) => toDelegation(d, today));
  }

  /** Approve, or reject with a reason, an uploaded delegation of a person of the caller's offices. */
  async review(ctx: RequestContext, delegationId: string, body: ReviewDelegationBody): Promise<DelegationResponse> {
    const pending = (await this.repo.pendingDelegations()).find((d) => d.id === delegationId);
    if (!pending) throw new DomainError(ErrorCode.DELEGATION_NOT_FOUND);
    const person = await this.registry.citizenForStaff(ctx, pending.citizenId, 'intermediaries.delegation.review'); // CITIZEN_NOT_FOUND out of scope
    const now = new Date();
    await this.repo.transaction(async (m) => {
      if (!(await this.repo.lockPending(m, delegationId))) throw new DomainError(ErrorCode.DELEGATION_NOT_FOUND); // reviewed meanwhile
      const approved = body.decision === 'approve';
      await this.repo.review(m, delegationId, {
        reviewState: approved ? 'approved' : 'rejected',
        reviewedByFiscalCode: ctx.principal.fiscalCode,
        reviewedAt: now,
        rejectionReason: approved ? null : (body.reason ?? '').trim(),
      });
      await this.audit.record(
        ctx,
        {
          action: `intermediaries.delegation.${approved ? 'approve' : 'reject'}`,
          resourceType: 'delegation',
          resourceId: delegationId,
          subjectFiscalCode: person.fiscalCode,
          actorOfficeId: person.officeId,
          details: { organisationId: pending.organisationId, ...(approved ? {} : { reason: body.reason }) },
        },
        m,
      );
    });
    const d = (await this.repo.delegationsOfCitizen(pending.citizenId)).find((x) => x.id === delegationId)!;
    return toDelegation(d, todayRome(now));
  }
}
