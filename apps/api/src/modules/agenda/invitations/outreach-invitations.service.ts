import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { addDays, italianDate, romeParts, romeToInstant, todayRome } from '../../../platform/time/rome-time';
import { AgendaRepository } from '../agenda.repository';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';

/** What an outreach campaign needs of one invitation it made: the signed link to put in its own message, and the last day. */
export interface OutreachInvitation {
  invitationId: string;
  link: string;
  /** last day to choose, 'DD/MM/YYYY' (Rome) */
  lastDay: string;
}
/** What the agenda reports of an invitation for a campaign's funnel. */
export interface InvitationOutcome {
  opened: boolean;
  booked: boolean;
  attended: boolean;
}

/**
 * Agenda invitations made by an outreach campaign (campaigns module, through AgendaService): the same invitation, link
 * and expiry as an operator's, but the campaign sends its own message (its template and variant), so none is written
 * here. The segment "did not answer an invitation" and the funnel's opened → booked → attended are read here too.
 */
@Injectable()
export class OutreachInvitationsService {
  constructor(
    private readonly repo: AgendaRepository,
    private readonly invitations: InvitationsRepository,
    private readonly invitationsService: InvitationsService,
    private readonly audit: AuditService,
    private readonly env: Env,
  ) {}

  async serviceTypeExists(code: string): Promise<boolean> {
    return (await this.repo.serviceTypeByCode(code)) !== null;
  }

  /** One invitation in the caller's transaction `m`; SERVICE_TYPE_UNKNOWN for an unknown service. */
  async invite(
    m: EntityManager,
    ctx: RequestContext,
    input: { citizenId: string; fiscalCode: string; officeId: string; serviceType: string; withinDays: number },
    now = new Date(),
  ): Promise<OutreachInvitation> {
    const type = await this.repo.serviceTypeByCode(input.serviceType);
    if (!type) throw new DomainError(ErrorCode.SERVICE_TYPE_UNKNOWN, `No service type "${input.serviceType}"`, [{ pointer: '/serviceType', detail: 'unknown service type' }]);
    const expiresAt = romeToInstant(addDays(todayRome(now), input.withinDays + 1), '00:00') as Date;
    const id = randomUUID();
    const token = this.invitationsService.tokenOf(id);
    await this.invitations.insert(m, {
      id,
      citizenId: input.citizenId,
      citizenFiscalCode: input.fiscalCode,
      officeId: input.officeId,
      serviceTypeId: type.id,
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt,
      createdBy: ctx.principal.fiscalCode,
    });
    await this.audit.record(
      ctx,
      {
        action: 'agenda.invitation.create',
        resourceType: 'invitation',
        resourceId: id,
        subjectFiscalCode: input.fiscalCode,
        actorOfficeId: input.officeId,
        details: { serviceType: type.code, withinDays: input.withinDays, via: 'campaign' },
      },
      m,
    );
    return { invitationId: id, link: `${this.env.CITIZEN_WEB_URL}/invito/${token}`, lastDay: italianDate(romeParts(new Date(expiresAt.getTime() - 1)).date) };
  }

  /** People of these offices whose invitation, sent since `since`, ran out without a booking (status expired, or past its expiry). */
  unanswered(officeIds: string[], since: Date, now = new Date()): Promise<string[]> {
    return this.invitations.unansweredSince(officeIds, since, now);
  }

  /** Opened link, booked, attended, per invitation id (unknown ids are left out). */
  async outcomes(invitationIds: string[]): Promise<Map<string, InvitationOutcome>> {
    if (invitationIds.length === 0) return new Map();
    const rows = await this.invitations.outcomes(invitationIds);
    return new Map(rows.map((r) => [r.id, { opened: r.opened, booked: r.booked, attended: r.attended }]));
  }
}
