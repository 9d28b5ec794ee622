import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type AppointmentResponse,
  type BookAppointmentBody,
  type OfficeOptionResponse,
  type ServiceTypeResponse,
  type SlotResponse,
  type SlotSearchQuery,
} from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { SqlStatement } from '../../../database/sql-statement';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { addDays, romeToInstant, todayRome } from '../../../platform/time/rome-time';
import { NotificationsService, type Preference } from '../../notifications/notifications.service';
import { RegistryService, type CitizenRef, type OfficeRef } from '../../registry/registry.service';
import { toAppointmentResponse, toSlotResponse } from '../agenda.mapper';
import { AgendaRepository, type AppointmentRow, type SlotRow } from '../agenda.repository';
import { AppointmentLinks } from '../appointments/appointment-links';
import { AppointmentQueryService } from '../appointments/appointment-query.service';
import { appointmentIcs } from '../domain/ics';
import type { Channel } from '../domain/slot-generator';
import type { ServiceTypeEntity } from '../entities/service-type.entity';
import { alreadyBooked } from './already-booked';
import { pendingAppointment } from './pending-appointment';
import { isUniqueViolation } from '../../../platform/errors/pg-errors';
import { BookingMessages } from './booking-messages';
import type { Locale } from '../../../platform/i18n/locale';
import { serviceTypeName } from '../i18n/agenda-catalogue';

/** Finding and booking slots, and the citizen's own appointments (cancel, reschedule, calendar file). Owns its transactions. */
@Injectable()
export class BookingService {
  constructor(
    private readonly repo: AgendaRepository,
    private readonly appointments: AppointmentQueryService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly messages: BookingMessages,
    private readonly links: AppointmentLinks,
    private readonly events: EventOutbox,
  ) {}

  /** The service types, named in `locale` (the reader's: Accept-Language). */
  async serviceTypes(locale: Locale = 'it'): Promise<ServiceTypeResponse[]> {
    return (await this.repo.serviceTypes()).map((t) => ({
      code: t.code,
      name: serviceTypeName(t.code, t.nameIt, t.nameEn, locale),
      durationMinutes: t.durationMinutes,
      channels: t.channels,
      capacity: t.capacity,
    }));
  }

  /** The service types with, for an office, the start of each one's next free slot there (operators: to default to a service with room). */
  async serviceTypesAt(officeId: string | undefined, now = new Date()): Promise<ServiceTypeResponse[]> {
    const types = await this.serviceTypes();
    if (!officeId) return types;
    const next = await this.repo.nextFreeByService(officeId, now);
    return types.map((t) => {
      const at = next.get(t.code);
      return at ? { ...t, nextFreeAt: new Date(at).toISOString() } : t;
    });
  }

  async serviceType(code: string): Promise<ServiceTypeEntity> {
    const t = await this.repo.serviceTypeByCode(code);
    if (!t)
      throw new DomainError(ErrorCode.SERVICE_TYPE_UNKNOWN, `No service type "${code}"`, [{ pointer: '/serviceType', detail: 'unknown service type', constraint: 'isKnown' }]);
    return t;
  }

  /**
   * Free slots from a Rome date for `days` days, never earlier than the minimum notice nor past the horizon. The
   * operator's name only on slots of `namesForOffices` (the caller's own offices): another office's staff stay unnamed.
   */
  async findSlots(q: SlotSearchQuery, now = new Date(), namesForOffices: readonly string[] = []): Promise<SlotResponse[]> {
    const t = await this.serviceType(q.serviceType);
    const fromDate = q.from ?? todayRome(now);
    const earliest = new Date(now.getTime() + t.minNoticeMinutes * 60_000);
    const fromInstant = romeToInstant(fromDate, '00:00') ?? now;
    const from = fromInstant > earliest ? fromInstant : earliest;
    const horizon = new Date(now.getTime() + t.horizonDays * 86_400_000);
    // "the next N free slots" (limit without days): up to the horizon
    const toCandidate = romeToInstant(addDays(fromDate, q.days ?? (q.limit ? t.horizonDays : 14)), '00:00') ?? horizon;
    const to = toCandidate < horizon ? toCandidate : horizon;
    const rows = await this.repo.freeSlots({
      serviceTypeId: t.id,
      ...(q.officeId ? { officeId: q.officeId } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
      from,
      to,
      limit: q.limit ?? 500,
    });
    return this.slotResponses(rows, namesForOffices);
  }

  /** Slots with their office's name and, on the caller's own offices' slots, their operator's (registry's data, two batched reads). */
  async slotResponses(rows: SlotRow[], namesForOffices: readonly string[] = []): Promise<SlotResponse[]> {
    const named = rows.filter((r) => namesForOffices.includes(r.officeId));
    const [offices, staff] = await Promise.all([this.registry.officesByIds(rows.map((r) => r.officeId)), this.registry.staffNames(named.map((r) => r.operatorId))]);
    return rows.map((r) => {
      const operator = staff.get(r.operatorId);
      const withOperator = namesForOffices.includes(r.officeId);
      return toSlotResponse(
        { ...r, officeName: offices.get(r.officeId)?.name ?? '', ...(operator ? { operatorName: `${operator.givenName} ${operator.familyName}` } : {}) },
        withOperator,
      );
    });
  }

  /** Where the citizen can book: their own CPI first, then the others of the region by distance from it. */
  async officesFor(ctx: RequestContext): Promise<OfficeOptionResponse[]> {
    const citizen = await this.registry.citizenRef(ctx.principal.fiscalCode);
    const own = citizen?.officeId ?? null;
    const rows = await this.registry.officesByDistance(own);
    return rows.map((o) => ({ id: o.id, name: o.name, address: o.address, comuneName: o.comuneName, own: o.id === own, distanceKm: Number(o.distanceKm) }));
  }

  /** A citizen books a slot for themselves. */
  async book(ctx: RequestContext, body: BookAppointmentBody, source: 'citizen' | 'invitation' = 'citizen', locale: Locale = 'it'): Promise<AppointmentResponse> {
    // no explicit transaction: the booking is one statement, atomic on its own (two round trips in all)
    const once = () => this.bookIn(this.repo.db.manager, ctx, { fiscalCode: ctx.principal.fiscalCode }, body, source);
    let booked: Awaited<ReturnType<typeof once>>;
    try {
      booked = await once();
    } catch (e) {
      // the live booking in the way may be one whose time is over and that the sweep has not reached yet: end it, retry once
      if (!(e instanceof DomainError && e.code === ErrorCode.SERVICE_ALREADY_BOOKED) || (await this.repo.endPastLive(ctx.principal.fiscalCode)) === 0) throw e;
      booked = await once();
    }
    return toAppointmentResponse(booked.appointment, { locale, videoRoom: this.links.videoRoom });
  }

  /**
   * Books a seat for a person (citizen, invitation link, operator, convocation), inside the caller's transaction
   * when `m` is one. One read (the slot and its service; from registry's query service the office and, given only
   * a fiscal code, the person's record; the person's notification preferences) and one write statement: the seat,
   * the appointment, the audit record and the outbox messages commit together or not at all.
   */
  async bookIn(
    m: EntityManager,
    ctx: RequestContext,
    who: CitizenRef | { fiscalCode: string },
    body: BookAppointmentBody,
    source: 'citizen' | 'invitation' | 'operator' | 'convocation',
    opts: { notify?: boolean } = {},
  ): Promise<{ appointmentId: string; messageIds: string[]; officeId: string; appointment: AppointmentRow }> {
    const read = new SqlStatement();
    const slot = await this.repo.slotForBooking<{ prefs: Preference[]; office: OfficeRef | null; citizen?: CitizenRef | null }>(m, read, body.slotId, {
      prefs: this.notifications.preferencesSql(read, who.fiscalCode),
      office: this.registry.officeRefSql('s.office_id'), // registry's public read of the slot's office
      ...('id' in who ? {} : { citizen: this.registry.citizenRefSql(read, who.fiscalCode) }), // the person's registry record, when the caller has not read it
    });
    if (!slot) throw new DomainError(ErrorCode.SLOT_NOT_FOUND, undefined, [{ pointer: '/slotId', detail: 'no such slot' }]);
    const citizen = 'id' in who ? who : slot.citizen;
    if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    if (!slot.channels.includes(body.channel)) {
      throw new DomainError(ErrorCode.SLOT_NOT_BOOKABLE, `This slot is not offered as ${body.channel}`, [{ pointer: '/channel', detail: `offered: ${slot.channels.join(', ')}` }]);
    }
    const appointment = pendingAppointment(slot, citizen, body.channel);
    const messages = opts.notify === false ? [] : this.notifications.outboxRows(this.messages.of(appointment, citizen), slot.prefs);
    const st = new SqlStatement();
    const sql = this.repo.bookSql(
      st,
      {
        id: appointment.id,
        slotId: slot.id,
        notBefore: new Date(Date.now() + slot.minNoticeMinutes * 60_000),
        channel: body.channel,
        citizenId: citizen.id,
        citizenFiscalCode: citizen.fiscalCode,
        source,
      },
      (from) => [
        {
          name: 'audit',
          sql: this.audit.insertSql(
            st,
            ctx,
            {
              action: 'agenda.appointment.book',
              resourceType: 'appointment',
              resourceId: appointment.id,
              subjectFiscalCode: citizen.fiscalCode,
              actorOfficeId: slot.officeId,
              details: { source },
            },
            from,
          ),
        },
        ...(messages.length ? [{ name: 'outbox', sql: this.notifications.outboxInsertSql(st, messages, from) }] : []),
        ...this.events.publishSql(
          st,
          {
            type: 'appointment.booked',
            aggregateType: 'appointment',
            aggregateId: appointment.id,
            payload: {
              appointmentId: appointment.id,
              citizenFiscalCode: citizen.fiscalCode,
              officeId: slot.officeId,
              serviceCode: slot.serviceCode,
              startsAt: new Date(slot.startsAt).toISOString(),
              channel: body.channel,
              source,
            },
          },
          from,
        ),
      ],
      messages.length ? 'outbox' : undefined,
    );
    let result: { booked: number; ids: string[] } | undefined;
    try {
      result = await this.repo.runBooking(m, sql, st);
    } catch (e) {
      if (isUniqueViolation(e, 'appointments_one_live_per_slot_person')) throw new DomainError(ErrorCode.ALREADY_BOOKED);
      if (isUniqueViolation(e, 'appointments_one_live_per_person_service')) throw await alreadyBooked(this.repo, citizen.id, slot.serviceCode);
      throw e;
    }
    if (result?.booked !== 1) {
      const fresh = await this.repo.slot(slot.id, m);
      if (fresh && fresh.booked >= fresh.capacity) throw new DomainError(ErrorCode.SLOT_FULL, 'Another person booked this slot a moment ago: choose another one');
      throw new DomainError(
        ErrorCode.SLOT_NOT_BOOKABLE,
        `This slot can no longer be booked (bookings close ${slot.minNoticeMinutes} minutes before the start, and during absences or closures)`,
      );
    }
    return { appointmentId: appointment.id, messageIds: result.ids, officeId: slot.officeId, appointment };
  }

  /** Confirmation now, reminders 48 h and 2 h before (in the same transaction as the booking). */
  async notifyBooking(m: EntityManager, appointmentId: string, citizen: CitizenRef, opts: { confirmation?: boolean; appointment?: AppointmentRow } = {}): Promise<string[]> {
    const a = opts.appointment ?? (await this.appointments.one(appointmentId, { m }));
    if (!a) return [];
    return this.notifications.enqueueMany(m, this.messages.of(a, citizen, opts));
  }

  async myAppointments(ctx: RequestContext, locale: Locale = 'it'): Promise<AppointmentResponse[]> {
    const rows = await this.appointments.ofCitizen(ctx.principal.fiscalCode);
    return rows.map((r) => toAppointmentResponse(r, { locale, videoRoom: this.links.videoRoom }));
  }

  /** The citizen cancels before the office's cut-off. */
  async cancelOwn(ctx: RequestContext, appointmentId: string, reason?: string, locale: Locale = 'it'): Promise<AppointmentResponse> {
    const citizen = await this.registry.citizenRef(ctx.principal.fiscalCode);
    if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    await this.repo.transaction(async (m) => {
      const a = await this.ownAppointment(m, ctx, appointmentId);
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: reason ?? null });
      await this.repo.releaseSeat(m, a.slotId);
      await this.audit.record(ctx, { action: 'agenda.appointment.cancel', resourceType: 'appointment', resourceId: a.id, subjectFiscalCode: a.citizenFiscalCode }, m);
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      return this.notifications.enqueue(m, this.messages.cancelled(a, citizen));
    });
    return this.appointments.response(appointmentId, false, locale);
  }

  /** Moves the citizen's appointment to another slot, atomically (the old seat is freed only if the new one is taken). */
  async rescheduleOwn(ctx: RequestContext, appointmentId: string, slotId: string, channel?: string, locale: Locale = 'it'): Promise<AppointmentResponse> {
    const citizen = await this.registry.citizenRef(ctx.principal.fiscalCode);
    if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    const booked = await this.repo.transaction(async (m) => {
      const a = await this.ownAppointment(m, ctx, appointmentId);
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: 'rescheduled' });
      await this.repo.releaseSeat(m, a.slotId);
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      return this.bookIn(m, ctx, citizen, { slotId, channel: (channel ?? a.channel) as Channel }, 'citizen');
    });
    return this.appointments.response(booked.appointmentId, false, locale);
  }

  private async ownAppointment(m: EntityManager, ctx: RequestContext, id: string): Promise<AppointmentRow> {
    const a = await this.appointments.one(id, { m, lock: true });
    if (!a || a.citizenFiscalCode !== ctx.principal.fiscalCode) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
    if (a.convocationId) throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, 'This appointment is a convocation: to change it, contact the office and give your reason');
    if (!toAppointmentResponse(a).changeable) {
      throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, `Online changes close ${a.cancelCutoffHours} hours before the appointment: call the office`);
    }
    return a;
  }

  /** The citizen's appointment as an iCalendar file. */
  async icsOf(ctx: RequestContext, appointmentId: string, locale: Locale = 'it'): Promise<string> {
    const a = await this.appointments.one(appointmentId);
    if (!a || a.citizenFiscalCode !== ctx.principal.fiscalCode) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
    return appointmentIcs(a, new Date(), locale);
  }
}
