import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type ConvocationResponse, type CreateConvocationBody } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import type { Locale } from '../../../platform/i18n/locale';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { italianDate, romeParts } from '../../../platform/time/rome-time';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService } from '../../registry/registry.service';
import { AgendaRepository } from '../agenda.repository';
import { AppointmentQueryService } from '../appointments/appointment-query.service';
import { requireOffice } from '../appointments/office-scope';
import { BookingService } from '../booking/booking.service';
import { convocationPlace, convocationText } from '../domain/convocation-text';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { toConvocationResponse, toDelivery, type ConvocationRow } from './convocations.mapper';
import { ConvocationsRepository, type ConvocationRecord } from './convocations.repository';
import { serviceTypeNames } from '../i18n/agenda-catalogue';

/**
 * Convocations: a fixed appointment with a legal basis. The text the person receives is rendered once, stored
 * with its SHA-256 (the database refuses any later change to text, hash, time or place), sent through the person's
 * channels with every delivery attempt logged, and acknowledged by the person. Attendance on it is published by
 * CalendarService.recordAttendance as `attendance.recorded` with the convocation id.
 */
@Injectable()
export class ConvocationsService {
  constructor(
    private readonly events: EventOutbox,
    private readonly repo: AgendaRepository,
    private readonly convocations: ConvocationsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly booking: BookingService,
    private readonly appointments: AppointmentQueryService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly env: Env,
  ) {}

  async create(ctx: RequestContext, body: CreateConvocationBody): Promise<ConvocationResponse> {
    const citizen = await this.registry.citizenRef(body.fiscalCode.toUpperCase());
    if (!citizen)
      throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND, 'No person with this fiscal code in the registry', [{ pointer: '/fiscalCode', detail: 'not in the registry' }]);
    const id = await this.repo.transaction(async (m) => {
      const slot = await this.repo.slot(body.slotId, m);
      if (!slot || !ctx.principal.staff?.officeIds.includes(slot.officeId)) {
        throw new DomainError(ErrorCode.SLOT_NOT_FOUND, undefined, [{ pointer: '/slotId', detail: 'no such slot in your offices' }]);
      }
      if (body.invitationId) {
        const inv = await this.invitations.lockForEscalation(m, body.invitationId);
        if (!inv || inv.fiscalCode !== citizen.fiscalCode || !ctx.principal.staff?.officeIds.includes(inv.officeId)) {
          throw new DomainError(ErrorCode.INVITATION_NOT_FOUND, undefined, [{ pointer: '/invitationId', detail: 'no such invitation for this person' }]);
        }
        if (!['sent', 'expired'].includes(inv.status))
          throw new DomainError(ErrorCode.INVITATION_USED, `The invitation is ${inv.status}`, [{ pointer: '/invitationId', detail: inv.status }]);
      }
      const booked = await this.booking.bookIn(m, ctx, citizen, { slotId: body.slotId, channel: body.channel }, 'convocation', { notify: false });
      const a = await this.appointments.one(booked.appointmentId, { m });
      if (!a) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
      const local = romeParts(new Date(a.startsAt));
      const date = italianDate(local.date);
      const facts = {
        ...citizen,
        officeName: a.officeName,
        officeAddress: a.officeAddress,
        channel: body.channel,
        date,
        time: local.time,
        service: a.serviceNameIt,
        legalBasis: body.legalBasis,
      };
      // The text is rendered once and kept verbatim: it is the proof of what the person was told.
      const text = convocationText(facts);
      const sha = createHash('sha256').update(text, 'utf8').digest('hex');
      const id = await this.convocations.insert(m, {
        citizenId: citizen.id,
        citizenFiscalCode: citizen.fiscalCode,
        officeId: slot.officeId,
        appointmentId: a.id,
        startsAt: a.startsAt,
        channel: body.channel,
        place: convocationPlace(facts).slice(0, 300),
        legalBasis: body.legalBasis,
        renderedText: text,
        textSha256: sha,
        createdBy: ctx.principal.fiscalCode,
        invitationId: body.invitationId ?? null,
      });
      if (body.invitationId) await this.invitations.markEscalated(m, body.invitationId, id);
      const recipient = { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone };
      await this.notifications.enqueue(m, {
        key: `convocation:${id}:sent`,
        recipient,
        template: 'convocation.sent',
        vars: { text, service: serviceTypeNames(a.serviceCode, a.serviceNameIt, a.serviceNameEn), date, time: local.time, link: `${this.env.CITIZEN_WEB_URL}/appuntamenti` },
      });
      await this.booking.notifyBooking(m, a.id, citizen, { confirmation: false, appointment: a });
      await this.events.publish(m, {
        type: 'convocation.issued',
        aggregateType: 'convocation',
        aggregateId: id,
        payload: {
          convocationId: id,
          appointmentId: a.id,
          citizenFiscalCode: citizen.fiscalCode,
          officeId: slot.officeId,
          startsAt: new Date(a.startsAt).toISOString(),
          channel: body.channel,
          legalBasis: body.legalBasis,
          textSha256: sha,
          invitationId: body.invitationId ?? null,
          issuedBy: ctx.principal.fiscalCode,
        },
      });
      await this.audit.record(
        ctx,
        {
          action: 'agenda.convocation.create',
          resourceType: 'convocation',
          resourceId: id,
          subjectFiscalCode: citizen.fiscalCode,
          actorOfficeId: slot.officeId,
          details: { appointmentId: a.id, invitationId: body.invitationId ?? null },
        },
        m,
      );
      return id;
    });
    return this.detail(ctx, id, false);
  }

  /** Adds the office's and the person's names from registry (two batched reads). */
  private async compose(records: ConvocationRecord[]): Promise<ConvocationRow[]> {
    if (records.length === 0) return [];
    const [offices, citizens] = await Promise.all([
      this.registry.officesByIds(records.map((r) => r.officeId)),
      this.registry.citizensByIds([...new Set(records.map((r) => r.citizenId))]),
    ]);
    return records.map((r) => {
      const c = citizens.get(r.citizenId);
      return { ...r, officeName: offices.get(r.officeId)?.name ?? '', citizenName: c ? `${c.givenName} ${c.familyName}` : '' };
    });
  }
  private async one(id: string): Promise<ConvocationRow | null> {
    const record = await this.convocations.byId(id);
    return record ? ((await this.compose([record]))[0] ?? null) : null;
  }

  /** One convocation for an operator of its office, with every delivery attempt. */
  async detail(ctx: RequestContext, id: string, audit = true): Promise<ConvocationResponse> {
    const row = await this.one(id);
    if (!row || !ctx.principal.staff?.officeIds.includes(row.officeId)) throw new DomainError(ErrorCode.CONVOCATION_NOT_FOUND);
    if (audit)
      await this.audit.record(ctx, {
        action: 'agenda.convocation.read',
        resourceType: 'convocation',
        resourceId: id,
        subjectFiscalCode: row.citizenFiscalCode,
        actorOfficeId: row.officeId,
      });
    const deliveries = await this.notifications.deliveriesFor(`convocation:${id}:`);
    return { ...toConvocationResponse(row), deliveries: deliveries.map(toDelivery) };
  }

  async listForOffice(ctx: RequestContext, officeId: string): Promise<ConvocationResponse[]> {
    requireOffice(ctx, officeId);
    const rows = await this.compose(await this.convocations.ofOffice(officeId));
    await this.audit.record(
      ctx,
      rows.map((r) => ({ action: 'agenda.convocation.read', resourceType: 'convocation', resourceId: r.id, subjectFiscalCode: r.citizenFiscalCode, actorOfficeId: officeId })),
    );
    return rows.map((r) => toConvocationResponse(r));
  }

  async mine(ctx: RequestContext, locale: Locale = 'it'): Promise<ConvocationResponse[]> {
    return (await this.compose(await this.convocations.ofCitizen(ctx.principal.fiscalCode))).map((r) => toConvocationResponse(r, locale));
  }

  /** The person confirms they received it: kept with time and origin; once. */
  async acknowledge(ctx: RequestContext, id: string, locale: Locale = 'it'): Promise<ConvocationResponse> {
    await this.repo.transaction(async (m) => {
      const row = await this.convocations.lockOwn(m, id, ctx.principal.fiscalCode);
      if (!row) throw new DomainError(ErrorCode.CONVOCATION_NOT_FOUND);
      if (row.acknowledgedAt) return;
      await this.convocations.acknowledge(m, id);
      await this.events.publish(m, {
        type: 'convocation.acknowledged',
        aggregateType: 'convocation',
        aggregateId: id,
        payload: { convocationId: id, citizenFiscalCode: ctx.principal.fiscalCode, ip: ctx.ip ?? null, userAgent: ctx.userAgent ?? null },
      });
      await this.audit.record(
        ctx,
        { action: 'agenda.convocation.acknowledge', resourceType: 'convocation', resourceId: id, subjectFiscalCode: ctx.principal.fiscalCode, actorOfficeId: row.officeId },
        m,
      );
    });
    return toConvocationResponse((await this.one(id)) as ConvocationRow, locale);
  }
}
