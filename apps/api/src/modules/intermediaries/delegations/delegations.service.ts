import { Injectable } from '@nestjs/common';
import {
  DELEGATION_MAX_DAYS,
  ErrorCode,
  Role,
  type DelegatedActionResponse,
  type DelegationResponse,
  type GrantDelegationBody,
  type TimelineEntryResponse,
} from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { addDays, todayRome } from '../../../platform/time/rome-time';
import { DossierService } from '../../dossier/dossier.service';
import { RegistryService } from '../../registry/registry.service';
import { RoleSources } from '../../registry/role-sources';
import { IntermediariesRepository } from '../intermediaries.repository';
import { toAction, toDelegation } from '../intermediaries.mapper';

const isExclusionViolation = (e: unknown): boolean => (e as { code?: string }).code === '23P01' && (e as { constraint?: string }).constraint === 'delegations_one_active';

/** The Italian rendering of each timeline code, for readers that do not know the code (the SPAs render `kind` + params). */
const SUMMARY: Record<string, (p: Record<string, string>) => string> = {
  'delegation.granted': (p) => `Delega a ${p['organisationName']}`,
  'delegation.revoked': (p) => `Delega a ${p['organisationName']} revocata`,
  'intermediary.did_filed': (p) => `DID rilasciata da ${p['delegateName']} (${p['organisationName']}) per tuo conto`,
  'intermediary.appointment_booked': (p) => `Appuntamento prenotato da ${p['delegateName']} (${p['organisationName']}) per tuo conto`,
  'intermediary.appointment_moved': (p) => `Appuntamento spostato da ${p['delegateName']} (${p['organisationName']}) per tuo conto`,
  'intermediary.document_uploaded': (p) => `Documento caricato da ${p['delegateName']} (${p['organisationName']}) per tuo conto`,
};

/**
 * The person's side: delegations granted online to a registered organisation, revocation, and what was done for them.
 * Also the two things other modules ask without depending on this one: the `intermediary_staff` role at sign-in
 * (a role source of the registry) and the entries of the person's timeline (a timeline source of the dossier).
 */
@Injectable()
export class DelegationsService {
  constructor(
    private readonly repo: IntermediariesRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    dossier: DossierService,
    roleSources: RoleSources,
  ) {
    roleSources.add(async (fiscalCode) => ((await this.repo.operatorByFiscalCode(fiscalCode)) ? [Role.IntermediaryStaff] : []));
    dossier.registerTimelineSource((citizenId) => this.timelineOf(citizenId));
  }

  async mine(ctx: RequestContext): Promise<DelegationResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.repo.delegationsOfCitizen(me.id);
    await this.audit.record(ctx, { action: 'intermediaries.delegations.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    const today = todayRome();
    return rows.map((d) => toDelegation(d, today));
  }

  async grant(ctx: RequestContext, body: GrantDelegationBody): Promise<DelegationResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const today = todayRome();
    if (body.validUntil > addDays(today, DELEGATION_MAX_DAYS)) {
      throw new DomainError(ErrorCode.DELEGATION_TOO_LONG, undefined, [{ pointer: '/validUntil', detail: `at most ${DELEGATION_MAX_DAYS} days from today`, constraint: 'max' }]);
    }
    const org = await this.repo.organisation(body.organisationId);
    if (!org)
      throw new DomainError(ErrorCode.INTERMEDIARY_ORGANISATION_NOT_FOUND, undefined, [{ pointer: '/organisationId', detail: 'no such organisation', constraint: 'exists' }]);
    try {
      const d = await this.repo.transaction(async (m) => {
        const saved = await this.repo.saveDelegation(m, {
          organisationId: org.id,
          citizenId: me.id,
          citizenFiscalCode: me.fiscalCode,
          citizenName: `${me.givenName} ${me.familyName}`,
          scopes: [...body.scopes],
          validFrom: today,
          validUntil: body.validUntil,
        });
        await this.audit.record(
          ctx,
          {
            action: 'intermediaries.delegation.grant',
            resourceType: 'delegation',
            resourceId: saved.id,
            subjectFiscalCode: me.fiscalCode,
            details: { organisationId: org.id, scopes: body.scopes, validUntil: body.validUntil },
          },
          m,
        );
        return saved;
      });
      return toDelegation({ ...d, organisation: org }, today);
    } catch (e) {
      if (isExclusionViolation(e)) throw new DomainError(ErrorCode.DELEGATION_EXISTS, 'Revoke the current delegation to this organisation first');
      throw e;
    }
  }

  async revoke(ctx: RequestContext, delegationId: string): Promise<DelegationResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const now = new Date();
    await this.repo.transaction(async (m) => {
      const d = await this.repo.lockOwnDelegation(m, delegationId, me.id);
      if (!d) throw new DomainError(ErrorCode.DELEGATION_NOT_FOUND);
      await this.repo.revoke(m, d.id, now);
      await this.audit.record(
        ctx,
        {
          action: 'intermediaries.delegation.revoke',
          resourceType: 'delegation',
          resourceId: d.id,
          subjectFiscalCode: me.fiscalCode,
          details: { organisationId: d.organisationId },
        },
        m,
      );
    });
    const d = (await this.repo.delegationsOfCitizen(me.id)).find((x) => x.id === delegationId)!;
    return toDelegation(d, todayRome(now));
  }

  /** What intermediaries did for the caller. */
  async actionsForMe(ctx: RequestContext): Promise<DelegatedActionResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.repo.actionsOf(me.id);
    await this.audit.record(ctx, { action: 'intermediaries.actions.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return rows.map(toAction);
  }

  /** Entries of the person's timeline: delegations granted and revoked, and each action done for them. */
  async timelineOf(citizenId: string): Promise<TimelineEntryResponse[]> {
    const [delegations, actions] = await Promise.all([this.repo.delegationsOfCitizen(citizenId), this.repo.actionsOf(citizenId)]);
    const entry = (at: Date, kind: string, refId: string | null, params: Record<string, string>, actorName?: string): TimelineEntryResponse => ({
      at: new Date(at).toISOString(),
      kind,
      summary: SUMMARY[kind]?.(params) ?? kind,
      ...(refId ? { refId } : {}),
      params,
      ...(actorName ? { actorName } : {}),
    });
    return [
      ...delegations.flatMap((d) => {
        const p = { organisationName: d.organisation?.name ?? '' };
        return [entry(d.grantedAt, 'delegation.granted', d.id, p), ...(d.revokedAt ? [entry(d.revokedAt, 'delegation.revoked', d.id, p)] : [])];
      }),
      ...actions.map((a) =>
        entry(
          a.at,
          `intermediary.${a.action.replace('.', '_')}`,
          a.refId,
          { organisationName: a.organisationName, delegateName: a.delegateName },
          `${a.delegateName} (${a.organisationName})`,
        ),
      ),
    ];
  }
}
