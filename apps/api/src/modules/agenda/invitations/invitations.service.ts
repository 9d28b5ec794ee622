import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, fiscalCodeProblem, type BookInvitationBody, type CreateInvitationsBody, type InvitationResponse, type PublicInvitationResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import { personViaLink, type RequestContext, type RequestOrigin } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import type { Locale } from '../../../platform/i18n/locale';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { KeyRing } from '../../../platform/keys/key-ring';
import { addDays, italianDate, romeParts, romeToInstant, todayRome } from '../../../platform/time/rome-time';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { toAppointmentResponse } from '../agenda.mapper';
import { AgendaRepository } from '../agenda.repository';
import { AppointmentLinks } from '../appointments/appointment-links';
import { AppointmentQueryService } from '../appointments/appointment-query.service';
import { requireOffice } from '../appointments/office-scope';
import { BookingService } from '../booking/booking.service';
import { InvitationsRepository, type InvitationRecord } from './invitations.repository';
import { serviceTypeName, serviceTypeNames } from '../i18n/agenda-catalogue';

export const INVITATION_SWEEP_QUEUE = 'agenda.invitations.sweep';

/** An invitation with what registry reports of its office and person. */
interface InvitationRow extends InvitationRecord {
  officeName: string;
  givenName: string;
  familyName: string;
}

/** The last day of an invitation ('DD/MM/YYYY'): it is valid until the midnight that ends it. */
const lastDay = (expiresAt: Date) => italianDate(romeParts(new Date(new Date(expiresAt).getTime() - 1)).date);

/**
 * "Choose a slot within N days". The link carries a token that is the HMAC of the invitation id under the
 * server's secret (a signed, single-purpose link: it only opens this invitation and only books its service at its
 * office); the database keeps only the token's SHA-256 and enforces the expiry and the single use.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly repo: AgendaRepository,
    private readonly invitations: InvitationsRepository,
    private readonly booking: BookingService,
    private readonly appointments: AppointmentQueryService,
    private readonly links: AppointmentLinks,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly env: Env,
    private readonly keys: KeyRing,
    jobs: JobQueue,
  ) {
    jobs.register<Record<string, never>>(
      INVITATION_SWEEP_QUEUE,
      async () => {
        await this.sweep();
      },
      { retryLimit: 0 },
    );
    jobs.scheduleEvery(INVITATION_SWEEP_QUEUE, '*/10 * * * *');
  }

  /** `<kid>.<mac>` under the invitation-link key of `kid` (default: the signing one). */
  tokenOf(invitationId: string, kid = this.keys.currentKid): string {
    return this.keys.sign('invitation-link', `invitation:${invitationId}`, kid);
  }
  private static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
  /** The link as first sent: under the kid whose token the row holds (so a reminder after a key rotation repeats it). */
  private linkOf(invitationId: string, tokenHash?: string): string {
    const kid = tokenHash ? this.keys.kids.find((k) => InvitationsService.hash(this.tokenOf(invitationId, k)) === tokenHash) : undefined;
    return `${this.env.CITIZEN_WEB_URL}/invito/${this.tokenOf(invitationId, kid)}`;
  }

  /** Adds the office's and the person's names from registry (two batched reads). */
  private async compose(records: InvitationRecord[]): Promise<InvitationRow[]> {
    if (records.length === 0) return [];
    const [offices, citizens] = await Promise.all([
      this.registry.officesByIds(records.map((r) => r.officeId)),
      this.registry.citizensByIds([...new Set(records.map((r) => r.citizenId))]),
    ]);
    return records.map((r) => {
      const c = citizens.get(r.citizenId);
      return { ...r, officeName: offices.get(r.officeId)?.name ?? '', givenName: c?.givenName ?? '', familyName: c?.familyName ?? '' };
    });
  }

  async create(ctx: RequestContext, body: CreateInvitationsBody, now = new Date()): Promise<InvitationResponse[]> {
    requireOffice(ctx, body.officeId);
    const type = await this.repo.serviceTypeByCode(body.serviceType);
    if (!type) throw new DomainError(ErrorCode.SERVICE_TYPE_UNKNOWN, `No service type "${body.serviceType}"`, [{ pointer: '/serviceType', detail: 'unknown service type' }]);
    const codes = body.fiscalCodes.map((c) => c.trim().toUpperCase());
    const invalid = codes.flatMap((c, i) => {
      const problem = fiscalCodeProblem(c);
      return problem ? [{ pointer: `/fiscalCodes/${i}`, detail: `line ${i + 1}: not a valid fiscal code (${problem})`, constraint: 'isFiscalCode' }] : [];
    });
    if (invalid.length) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Some fiscal codes are not valid: nobody was invited', invalid);
    const people: CitizenRef[] = [];
    const missing: { pointer: string; detail: string }[] = [];
    for (const [i, code] of codes.entries()) {
      const c = await this.registry.citizenRef(code);
      if (c) people.push(c);
      else missing.push({ pointer: `/fiscalCodes/${i}`, detail: `line ${i + 1}: no person with fiscal code ${code} in the registry` });
    }
    if (missing.length) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Some fiscal codes are not in the registry: nobody was invited', missing);
    const dupes = codes.map((c, i) => (codes.indexOf(c) !== i ? { pointer: `/fiscalCodes/${i}`, detail: 'listed twice' } : null)).filter((x) => x !== null);
    if (dupes.length) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A fiscal code is listed twice', dupes);

    // valid until the end of the last day, Rome time
    const expiresAt = romeToInstant(addDays(todayRome(now), body.withinDays + 1), '00:00') as Date;
    const office = (await this.registry.officesByIds([body.officeId])).get(body.officeId);
    const ids = await this.repo.transaction(async (m) => {
      const ids: string[] = [];
      for (const p of people) {
        const id = randomUUID();
        await this.invitations.insert(m, {
          id,
          citizenId: p.id,
          citizenFiscalCode: p.fiscalCode,
          officeId: body.officeId,
          serviceTypeId: type.id,
          tokenHash: InvitationsService.hash(this.tokenOf(id)),
          expiresAt,
          createdBy: ctx.principal.fiscalCode,
        });
        ids.push(id);
        await this.notifications.enqueue(m, {
          key: `invitation:${id}:sent`,
          recipient: { fiscalCode: p.fiscalCode, email: p.email, mobilePhone: p.mobilePhone },
          template: 'invitation.sent',
          vars: {
            name: `${p.givenName} ${p.familyName}`,
            service: serviceTypeNames(type.code, type.nameIt, type.nameEn),
            office: office?.name ?? '',
            expires: lastDay(expiresAt),
            link: this.linkOf(id),
            phone: office?.phone ?? { phrase: 'the_employment_centre' },
          },
        });
        await this.audit.record(
          ctx,
          {
            action: 'agenda.invitation.create',
            resourceType: 'invitation',
            resourceId: id,
            subjectFiscalCode: p.fiscalCode,
            actorOfficeId: body.officeId,
            details: { serviceType: type.code, withinDays: body.withinDays },
          },
          m,
        );
      }
      return ids;
    });
    const rows = await this.compose(await this.invitations.byIds(ids));
    const byName = (a: InvitationRow, b: InvitationRow) => a.familyName.localeCompare(b.familyName, 'it') || a.givenName.localeCompare(b.givenName, 'it');
    return rows.sort(byName).map((r) => this.toResponse(r, now));
  }

  async list(ctx: RequestContext, officeId: string, now = new Date()): Promise<InvitationResponse[]> {
    requireOffice(ctx, officeId);
    const rows = await this.compose(await this.invitations.ofOffice(officeId));
    await this.audit.record(
      ctx,
      rows.map((r) => ({ action: 'agenda.invitation.read', resourceType: 'invitation', resourceId: r.id, subjectFiscalCode: r.citizenFiscalCode, actorOfficeId: officeId })),
    );
    return rows.map((r) => this.toResponse(r, now));
  }

  private toResponse(r: InvitationRow, now: Date): InvitationResponse {
    return {
      id: r.id,
      citizenFiscalCode: r.citizenFiscalCode,
      citizenName: `${r.givenName} ${r.familyName}`,
      serviceType: r.serviceCode,
      serviceName: r.serviceName,
      officeId: r.officeId,
      status: r.status === 'sent' && new Date(r.expiresAt) <= now ? 'expired' : r.status,
      expiresAt: new Date(r.expiresAt).toISOString(),
      createdAt: new Date(r.createdAt).toISOString(),
      ...(r.reminderSentAt ? { reminderSentAt: new Date(r.reminderSentAt).toISOString() } : {}),
      ...(r.appointmentId ? { appointmentId: r.appointmentId } : {}),
      ...(r.convocationId ? { convocationId: r.convocationId } : {}),
    };
  }

  /** The invitation behind a token, locked when `m` is a transaction. 404 for an unknown token. */
  private async byToken(token: string, m?: EntityManager, lock = false): Promise<InvitationRow> {
    // a kid that is not (or no longer) listed is refused before any query: removing a kid revokes its links
    if (!this.keys.kidOf(token)) throw new DomainError(ErrorCode.INVITATION_NOT_FOUND, 'This link is not valid');
    const record = await this.invitations.byTokenHash(InvitationsService.hash(token), m, lock);
    const [row] = record ? await this.compose([record]) : [];
    if (!row) throw new DomainError(ErrorCode.INVITATION_NOT_FOUND);
    return row;
  }

  private linkContext(r: InvitationRow, origin: RequestOrigin): RequestContext {
    return personViaLink({ fiscalCode: r.citizenFiscalCode, givenName: r.givenName, familyName: r.familyName }, `invitation:${r.id}`, new Date(r.expiresAt), origin);
  }

  /** What the link shows: the service, the office, the free slots until the expiry; only what choosing needs. */
  async publicView(token: string, req: RequestOrigin, now = new Date(), locale: Locale = 'it'): Promise<PublicInvitationResponse> {
    const r = await this.byToken(token);
    const status = r.status === 'sent' && new Date(r.expiresAt) <= now ? 'expired' : r.status;
    if (status === 'expired') throw new DomainError(ErrorCode.INVITATION_EXPIRED, `This invitation expired on ${lastDay(r.expiresAt)}: contact the office or log in to book`);
    await this.invitations.markOpened(r.id); // the first opening, for an outreach campaign's funnel
    await this.audit.record(this.linkContext(r, req), {
      action: 'agenda.invitation.open',
      resourceType: 'invitation',
      resourceId: r.id,
      subjectFiscalCode: r.citizenFiscalCode,
      actorOfficeId: r.officeId,
    });
    return this.view(r, status, now, locale);
  }

  /** What the link shows, the service named in `locale` (the reader's). */
  private async view(r: InvitationRow, status: string, now: Date, locale: Locale): Promise<PublicInvitationResponse> {
    const type = await this.repo.serviceTypeByCode(r.serviceCode);
    const earliest = new Date(now.getTime() + (type?.minNoticeMinutes ?? 120) * 60_000);
    const slots =
      status === 'sent'
        ? await this.booking.slotResponses(
            await this.repo.freeSlots({ serviceTypeId: r.serviceTypeId, officeId: r.officeId, from: earliest, to: new Date(r.expiresAt), limit: 300 }),
          )
        : [];
    const appointment = r.appointmentId ? await this.appointments.one(r.appointmentId) : null;
    return {
      givenName: r.givenName,
      serviceType: r.serviceCode,
      serviceName: serviceTypeName(r.serviceCode, r.serviceName, r.serviceNameEn, locale),
      officeName: r.officeName,
      status,
      expiresAt: new Date(r.expiresAt).toISOString(),
      slots,
      ...(appointment ? { appointment: toAppointmentResponse(appointment, { locale, videoRoom: this.links.videoRoom }) } : {}),
    };
  }

  /** Books one of the invitation's slots, once. */
  async publicBook(token: string, body: BookInvitationBody, req: RequestOrigin, now = new Date(), locale: Locale = 'it'): Promise<PublicInvitationResponse> {
    const row = await this.repo.transaction(async (m) => {
      const r = await this.byToken(token, m, true);
      if (r.status !== 'sent')
        throw new DomainError(ErrorCode.INVITATION_USED, r.status === 'booked' ? 'You have already chosen your appointment' : `This invitation is ${r.status}`);
      if (new Date(r.expiresAt) <= now) throw new DomainError(ErrorCode.INVITATION_EXPIRED);
      const slot = await this.repo.slot(body.slotId, m);
      if (!slot || slot.officeId !== r.officeId || slot.serviceTypeId !== r.serviceTypeId || new Date(slot.startsAt) >= new Date(r.expiresAt)) {
        throw new DomainError(ErrorCode.SLOT_NOT_FOUND, 'This slot is not one of those offered by the invitation', [
          { pointer: '/slotId', detail: 'not offered by this invitation' },
        ]);
      }
      const citizen = await this.registry.citizenRef(r.citizenFiscalCode);
      if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
      const booked = await this.booking.bookIn(m, this.linkContext(r, req), citizen, body, 'invitation');
      await this.invitations.markBooked(m, r.id, booked.appointmentId);
      await this.notifications.cancelPending(m, `invitation:${r.id}:reminder`);
      return { ...r, status: 'booked', appointmentId: booked.appointmentId };
    });
    return this.view(row, 'booked', now, locale);
  }

  /** Every 10 minutes: a reminder for invitations unanswered after INVITATION_REMINDER_DAYS; expired ones marked. */
  async sweep(now = new Date()): Promise<{ reminded: number; expired: number }> {
    const due = await this.compose(await this.invitations.dueForReminder(now, this.env.INVITATION_REMINDER_DAYS));
    for (const r of due) {
      await this.repo.transaction(async (m) => {
        if (!(await this.invitations.claimReminder(m, r.id))) return;
        const citizen = await this.registry.citizenRef(r.citizenFiscalCode);
        if (!citizen) return;
        await this.notifications.enqueue(m, {
          key: `invitation:${r.id}:reminder`,
          recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
          template: 'invitation.reminder',
          vars: {
            name: `${citizen.givenName} ${citizen.familyName}`,
            service: serviceTypeNames(r.serviceCode, r.serviceName, r.serviceNameEn),
            office: r.officeName,
            expires: lastDay(r.expiresAt),
            link: this.linkOf(r.id, r.tokenHash),
            phone: { phrase: 'the_employment_centre' },
          },
        });
      });
    }
    return { reminded: due.length, expired: await this.invitations.expireOverdue(now) };
  }
}
