import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  Role,
  type AppointmentResponse,
  type BookAppointmentBody,
  type DelegatedActionResponse,
  type DelegatedPersonResponse,
  type DelegationResponse,
  type DelegationScope,
  type DidOverviewResponse,
  type DocumentResponse,
  type DocumentType,
  type FileDidBody,
  type RescheduleAppointmentBody,
} from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { todayRome } from '../../../platform/time/rome-time';
import { AgendaService } from '../../agenda/agenda.service';
import { DossierService, type UploadedFile } from '../../dossier/dossier.service';
import { DidService } from '../../patto/did/did.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import type { DelegationEntity } from '../entities/delegation.entity';
import type { IntermediaryOperatorEntity } from '../entities/intermediary-operator.entity';
import { IntermediariesRepository } from '../intermediaries.repository';
import { toAction, toDelegation } from '../intermediaries.mapper';

interface Acting {
  /** the person's context, carrying the delegate */
  ctx: RequestContext;
  person: CitizenRef;
  delegation: DelegationEntity;
  operator: IntermediaryOperatorEntity;
}

/**
 * An intermediary's operator acting for a person: each use case requires the organisation's active delegation with the
 * scope, then calls the owning module's service with the person's context that carries the delegate (so the audit
 * names both, "done by X for Y"), and records what was done. Never signs a patto (the patto refuses a delegate).
 */
@Injectable()
export class ActingService {
  constructor(
    private readonly repo: IntermediariesRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly agenda: AgendaService,
    private readonly did: DidService,
    private readonly dossier: DossierService,
  ) {}

  /** The delegations the caller's organisation holds today. */
  async myDelegations(ctx: RequestContext): Promise<DelegationResponse[]> {
    const operator = await this.operator(ctx);
    const today = todayRome();
    return (await this.repo.currentDelegationsOf(operator.organisationId, today)).filter((d) => d.validFrom <= today).map((d) => toDelegation(d, today));
  }

  async person(ctx: RequestContext, citizenId: string): Promise<DelegatedPersonResponse> {
    const a = await this.acting(ctx, citizenId);
    await this.audit.record(a.ctx, { action: 'intermediaries.person.read', resourceType: 'citizen', resourceId: a.person.id, subjectFiscalCode: a.person.fiscalCode });
    return {
      citizenId: a.person.id,
      givenName: a.person.givenName,
      familyName: a.person.familyName,
      ...(a.person.officeId ? { officeId: a.person.officeId } : {}),
      delegation: toDelegation(a.delegation, todayRome()),
    };
  }

  async fileDid(ctx: RequestContext, citizenId: string, body: FileDidBody): Promise<DidOverviewResponse> {
    const a = await this.acting(ctx, citizenId, 'did');
    const out = await this.did.file(a.ctx, body);
    await this.record(a, 'did.filed', out.active?.id ?? null);
    return out;
  }

  async appointments(ctx: RequestContext, citizenId: string): Promise<AppointmentResponse[]> {
    const a = await this.acting(ctx, citizenId, 'appointments');
    return this.agenda.appointmentsFor(a.ctx);
  }

  async book(ctx: RequestContext, citizenId: string, body: BookAppointmentBody): Promise<AppointmentResponse> {
    const a = await this.acting(ctx, citizenId, 'appointments');
    const out = await this.agenda.bookFor(a.ctx, body);
    await this.record(a, 'appointment.booked', out.id);
    return out;
  }

  async reschedule(ctx: RequestContext, citizenId: string, appointmentId: string, body: RescheduleAppointmentBody): Promise<AppointmentResponse> {
    const a = await this.acting(ctx, citizenId, 'appointments');
    const out = await this.agenda.rescheduleFor(a.ctx, appointmentId, body);
    await this.record(a, 'appointment.moved', out.id);
    return out;
  }

  async upload(ctx: RequestContext, citizenId: string, file: UploadedFile | undefined, type: DocumentType): Promise<DocumentResponse> {
    const a = await this.acting(ctx, citizenId, 'documents');
    const out = await this.dossier.upload(a.ctx, a.person, file, type, 'citizen');
    await this.record(a, 'document.uploaded', out.id);
    return out;
  }

  /** What the caller's organisation did for the person (any scope of an active delegation suffices). */
  async actions(ctx: RequestContext, citizenId: string): Promise<DelegatedActionResponse[]> {
    const a = await this.acting(ctx, citizenId);
    const rows = await this.repo.actionsOf(a.person.id, a.operator.organisationId);
    await this.audit.record(a.ctx, { action: 'intermediaries.actions.read', resourceType: 'citizen', resourceId: a.person.id, subjectFiscalCode: a.person.fiscalCode });
    return rows.map(toAction);
  }

  private async operator(ctx: RequestContext): Promise<IntermediaryOperatorEntity> {
    const operator = await this.repo.operatorByFiscalCode(ctx.principal.fiscalCode);
    if (!operator) throw new DomainError(ErrorCode.FORBIDDEN, 'Not an operator of a registered intermediary (any more)');
    return operator;
  }

  /** The delegation in force with `scope` (any scope when absent), else DELEGATION_REQUIRED (audited as denied). */
  private async acting(ctx: RequestContext, citizenId: string, scope?: DelegationScope): Promise<Acting> {
    const operator = await this.operator(ctx);
    const delegation = await this.repo.activeDelegation(citizenId, operator.organisationId, todayRome());
    if (!delegation || (scope && !delegation.scopes.includes(scope))) {
      await this.audit.record(ctx, {
        action: 'intermediaries.act',
        resourceType: 'citizen',
        resourceId: citizenId,
        subjectFiscalCode: delegation?.citizenFiscalCode ?? null,
        outcome: 'denied',
        details: { organisationId: operator.organisationId, scope: scope ?? null, reason: delegation ? 'scope' : 'no_delegation' },
      });
      throw new DomainError(ErrorCode.DELEGATION_REQUIRED);
    }
    const person = (await this.registry.citizensByIds([citizenId])).get(citizenId);
    if (!person) throw new DomainError(ErrorCode.DELEGATION_REQUIRED);
    const { staff: _staff, ...own } = ctx.principal;
    const name = `${ctx.principal.givenName} ${ctx.principal.familyName}`;
    const personCtx: RequestContext = {
      ...ctx,
      principal: {
        ...own,
        fiscalCode: person.fiscalCode,
        givenName: person.givenName,
        familyName: person.familyName,
        roles: [Role.Citizen],
        delegate: { fiscalCode: ctx.principal.fiscalCode, name, organisationId: operator.organisationId, organisationName: delegation.organisation?.name ?? '' },
      },
    };
    return { ctx: personCtx, person, delegation, operator };
  }

  private async record(a: Acting, action: string, refId: string | null): Promise<void> {
    await this.repo.transaction((m) =>
      this.repo.recordAction(m, {
        delegationId: a.delegation.id,
        citizenId: a.person.id,
        delegateFiscalCode: a.ctx.principal.delegate!.fiscalCode,
        delegateName: a.ctx.principal.delegate!.name,
        action,
        refId,
      }),
    );
  }
}
