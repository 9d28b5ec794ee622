import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Env } from '../../config/env';
import { KeyRing } from '../../platform/keys/key-ring';
import {
  ErrorCode, type AppointmentResponse, type AvailabilityRuleResponse, type BookAppointmentBody, type CalendarQuery, type CalendarResponse,
  type AvailabilityExceptionResponse, type CreateAvailabilityExceptionBody, type CreateAvailabilityRuleBody, type OfficeOptionResponse, type PublicRecallResponse, type RecallAnswer, type RecordAttendanceBody, type ServiceTypeResponse, type SlotResponse, type SlotSearchQuery,
} from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service';
import { EventOutbox } from '../../platform/events/event-outbox';
import type { StaffScope } from '../../platform/auth/principal';
import { personViaLink, type RequestContext, type RequestOrigin } from '../../platform/auth/request-context';
import { DomainError } from '../../platform/errors/domain-error';
import { queryPrepared } from '../../database/prepared-query';
import { SqlStatement } from '../../database/sql-statement';
import { NotificationsService, type NotifyRequest, type Preference } from '../notifications/notifications.service';
import { RegistryService, type CitizenRef } from '../registry/registry.service';
import { toAppointmentResponse, toSlotResponse } from './agenda.mapper';
import { AgendaRepository, type AppointmentRow } from './agenda.repository';
import { addDays, romeParts, romeToInstant } from './domain/rome-time';
import type { Channel } from './domain/slot-generator';
import { publishRule } from './slot-publisher';
import { AvailabilityRuleEntity } from './entities/availability-rule.entity';
import { ServiceTypeEntity } from './entities/service-type.entity';

const isUniqueViolation = (e: unknown, constraint: string) =>
  (e as { code?: string; constraint?: string }).code === '23505' && (e as { constraint?: string }).constraint === constraint;

/** Booking, availability, calendar and attendance. Owns its transactions; invariants are in the database. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly events: EventOutbox,
    private readonly repo: AgendaRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly env: Env,
    private readonly keys: KeyRing,
  ) {}

  /** Which of these people had an appointment booked or held since the given instant (for the patto worklist). */
  async contactedSince(people: { citizenId: string; since: Date }[]): Promise<Set<string>> {
    if (people.length === 0) return new Set();
    const rows = (await this.repo.db.query(
      `SELECT DISTINCT a.citizen_id AS "citizenId"
         FROM agenda.appointments a JOIN unnest($1::uuid[], $2::timestamptz[]) AS p(citizen_id, since) ON p.citizen_id = a.citizen_id
        WHERE a.status <> 'cancelled' AND a.booked_at >= p.since`,
      [people.map((p) => p.citizenId), people.map((p) => p.since.toISOString())],
    )) as { citizenId: string }[];
    return new Set(rows.map((r) => r.citizenId));
  }

  /** The person's appointments for the shared timeline. */
  async timelineOf(citizenId: string): Promise<{ at: string; kind: string; summary: string; refId: string }[]> {
    const rows = (await this.repo.db.query(
      `SELECT a.id, a.booked_at AS "bookedAt", a.status, s.starts_at AS "startsAt", t.name_it AS "service"
         FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id JOIN agenda.service_types t ON t.id = s.service_type_id
        WHERE a.citizen_id = $1`,
      [citizenId],
    )) as { id: string; bookedAt: Date; status: string; startsAt: Date; service: string }[];
    return rows.map((r) => ({
      at: new Date(r.bookedAt).toISOString(), kind: 'appointment.booked', refId: r.id,
      summary: `Appuntamento "${r.service}" del ${romeParts(new Date(r.startsAt)).date.split('-').reverse().join('/')} alle ${romeParts(new Date(r.startsAt)).time} (${r.status})`,
    }));
  }

  async serviceTypes(locale: 'it' | 'en' = 'it'): Promise<ServiceTypeResponse[]> {
    return (await this.repo.serviceTypes()).map((t) => ({
      code: t.code, name: locale === 'en' ? t.nameEn : t.nameIt, durationMinutes: t.durationMinutes, channels: t.channels, capacity: t.capacity,
    }));
  }

  private async serviceType(code: string): Promise<ServiceTypeEntity> {
    const t = await this.repo.serviceTypeByCode(code);
    if (!t) throw new DomainError(ErrorCode.SERVICE_TYPE_UNKNOWN, `No service type "${code}"`, [{ pointer: '/serviceType', detail: 'unknown service type', constraint: 'isKnown' }]);
    return t;
  }

  /**
   * Free slots from a Rome date for `days` days, never earlier than the minimum notice nor past the horizon. The
   * operator's name only on slots of `namesForOffices` (the caller's own offices): another office's staff stay unnamed.
   */
  async findSlots(q: SlotSearchQuery, now = new Date(), namesForOffices: readonly string[] = []): Promise<SlotResponse[]> {
    const t = await this.serviceType(q.serviceType);
    const fromDate = q.from ?? romeParts(now).date;
    const earliest = new Date(now.getTime() + t.minNoticeMinutes * 60_000);
    const fromInstant = romeToInstant(fromDate, '00:00') ?? now;
    const from = fromInstant > earliest ? fromInstant : earliest;
    const horizon = new Date(now.getTime() + t.horizonDays * 86_400_000);
    const toCandidate = romeToInstant(addDays(fromDate, q.days ?? 14), '00:00') ?? horizon;
    const to = toCandidate < horizon ? toCandidate : horizon;
    const rows = await this.repo.freeSlots({ serviceTypeId: t.id, ...(q.officeId ? { officeId: q.officeId } : {}), ...(q.channel ? { channel: q.channel } : {}), from, to, limit: 500 });
    return rows.map((r) => toSlotResponse(r, namesForOffices.includes(r.officeId)));
  }

  /** Where the citizen can book: their own CPI first, then the others of the region by distance from it. */
  async officesFor(ctx: RequestContext): Promise<OfficeOptionResponse[]> {
    const citizen = await this.registry.citizenRef(ctx.principal.fiscalCode);
    const own = citizen?.officeId ?? null;
    const rows = await this.repo.officesByDistance(own);
    return rows.map((o) => ({ id: o.id, name: o.name, address: o.address, comuneName: o.comuneName, own: o.id === own, distanceKm: Number(o.distanceKm) }));
  }

  // ---- "are you coming?" (a signed link per appointment, no login) ----

  // `<kid>.<mac>` under the recall-link key: links sent before a key rotation verify while their kid is listed
  private recallSignature(appointmentId: string): string {
    return this.keys.sign('recall-link', `recall:${appointmentId}`);
  }
  recallLink(appointmentId: string): string {
    return `${this.env.CITIZEN_WEB_URL}/presenza/${appointmentId}/${this.recallSignature(appointmentId)}`;
  }
  private async recallAppointment(appointmentId: string, signature: string, m: EntityManager = this.repo.db.manager, lock = false): Promise<AppointmentRow> {
    const a = this.keys.verify('recall-link', `recall:${appointmentId}`, signature) ? await this.repo.appointment(appointmentId, m, lock) : null;
    if (!a) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND, 'This link is not valid');
    return a;
  }
  private static answerable(a: AppointmentRow, now: Date): boolean {
    return a.status === 'booked' && now < new Date(a.startsAt) && !(a.convocationId && a.recallAnswer === 'not_coming');
  }

  async recallView(appointmentId: string, signature: string, now = new Date()): Promise<PublicRecallResponse> {
    const a = await this.recallAppointment(appointmentId, signature);
    const citizen = await this.registry.citizenRef(a.citizenFiscalCode);
    return { givenName: citizen?.givenName ?? '', appointment: toAppointmentResponse(a, { now }), answerable: AgendaService.answerable(a, now) };
  }

  /**
   * The answer to the recall. "Coming" is recorded; "not coming" frees the seat (a convocation is not cancelled:
   * the answer is recorded for the office, and the person is told to give the reason).
   */
  async recallAnswer(appointmentId: string, signature: string, answer: RecallAnswer, req: RequestOrigin, now = new Date()): Promise<PublicRecallResponse> {
    await this.repo.db.transaction(async (m) => {
      const a = await this.recallAppointment(appointmentId, signature, m, true);
      if (!AgendaService.answerable(a, now)) throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, 'This appointment can no longer be answered online: contact the office');
      const citizen = await this.registry.citizenRef(a.citizenFiscalCode);
      if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
      const ctx = personViaLink(citizen, `recall:${a.id}`, new Date(a.startsAt), req);
      await m.query(`UPDATE agenda.appointments SET recall_answer = $2, recall_answered_at = now() WHERE id = $1`, [a.id, answer]);
      await this.audit.record(ctx, { action: 'agenda.appointment.recall-answer', resourceType: 'appointment', resourceId: a.id, subjectFiscalCode: a.citizenFiscalCode, actorOfficeId: a.officeId, details: { answer } }, m);
      if (answer === 'coming' || a.convocationId) return [];
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: 'Risposta al promemoria: non può venire' });
      await this.repo.releaseSeat(m, a.slotId);
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      return this.notifications.enqueue(m, {
        key: `appointment:${a.id}:cancelled`, recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
        template: 'appointment.cancelled', vars: this.messageVars(a, citizen), immediate: true,
      });
    });
    return this.recallView(appointmentId, signature, now);
  }

  /**
   * The video room of a remote appointment: an unguessable name derived from the appointment (HMAC under the
   * video-room key, its kid in the name), on the configured provider. Computed when shown: after a key rotation
   * both parties are shown the new room (a call in progress at that moment would have to be rejoined).
   */
  readonly videoRoom = (appointmentId: string): string => {
    const [kid, mac] = this.keys.sign('video-room', `video:${appointmentId}`).split('.') as [string, string];
    return `${this.env.VIDEO_ROOM_BASE_URL.replace(/\/$/, '')}/OpenCPI-${kid}-${mac.slice(0, 22)}`;
  };

  /** A citizen books a slot for themselves. */
  async book(ctx: RequestContext, body: BookAppointmentBody, source: 'citizen' | 'invitation' = 'citizen'): Promise<AppointmentResponse> {
    // no explicit transaction: the booking is one statement, atomic on its own (two round trips in all)
    const { appointment } = await this.bookIn(this.repo.db.manager, ctx, { fiscalCode: ctx.principal.fiscalCode }, body, source);
    return toAppointmentResponse(appointment, { videoRoom: this.videoRoom });
  }

  /**
   * Books a seat for a person (citizen, invitation link, operator, convocation), inside the caller's transaction
   * when `m` is one. One read (the slot, its service and office, the person's notification preferences and, given
   * only a fiscal code, their registry record) and one write statement: the seat, the appointment, the audit record
   * and the outbox messages commit together or not at all.
   */
  async bookIn(
    m: EntityManager, ctx: RequestContext, who: CitizenRef | { fiscalCode: string }, body: BookAppointmentBody, source: 'citizen' | 'invitation' | 'operator' | 'convocation',
    opts: { notify?: boolean } = {},
  ): Promise<{ appointmentId: string; messageIds: string[]; officeId: string; appointment: AppointmentRow }> {
    const read = new SqlStatement();
    const slot = await this.repo.slotForBooking<{ prefs: Preference[]; citizen?: CitizenRef | null }>(m, read, body.slotId, {
      prefs: this.notifications.preferencesSql(read, who.fiscalCode),
      ...('id' in who ? {} : { citizen: this.registry.citizenRefSql(read, who.fiscalCode) }), // the person's registry record, when the caller has not read it
    });
    if (!slot) throw new DomainError(ErrorCode.SLOT_NOT_FOUND, undefined, [{ pointer: '/slotId', detail: 'no such slot' }]);
    const citizen = 'id' in who ? who : slot.citizen;
    if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    if (!slot.channels.includes(body.channel)) {
      throw new DomainError(ErrorCode.SLOT_NOT_BOOKABLE, `This slot is not offered as ${body.channel}`, [{ pointer: '/channel', detail: `offered: ${slot.channels.join(', ')}` }]);
    }
    const appointment: AppointmentRow = {
      id: randomUUID(), status: 'booked', channel: body.channel, startsAt: slot.startsAt, endsAt: slot.endsAt, serviceCode: slot.serviceCode,
      serviceNameIt: slot.serviceNameIt, serviceNameEn: slot.serviceNameEn, officeName: slot.officeName, cancelCutoffHours: slot.cancelCutoffHours,
      citizenFiscalCode: citizen.fiscalCode, citizenName: `${citizen.givenName} ${citizen.familyName}`, slotId: slot.id, operatorId: slot.operatorId,
      officeId: slot.officeId, cancelReason: null, convocationId: null, officeAddress: slot.officeAddress, recallAnswer: null,
    };
    const messages = opts.notify === false ? [] : this.notifications.outboxRows(this.bookingMessages(appointment, citizen), slot.prefs);
    const st = new SqlStatement();
    const sql = this.repo.bookSql(
      st,
      { id: appointment.id, slotId: slot.id, notBefore: new Date(Date.now() + slot.minNoticeMinutes * 60_000), channel: body.channel, citizenId: citizen.id, citizenFiscalCode: citizen.fiscalCode, source },
      (from) => [
        { name: 'audit', sql: this.audit.insertSql(st, ctx, { action: 'agenda.appointment.book', resourceType: 'appointment', resourceId: appointment.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: slot.officeId, details: { source } }, from) },
        ...(messages.length ? [{ name: 'outbox', sql: this.notifications.outboxInsertSql(st, messages, from) }] : []),
      ],
      messages.length ? 'outbox' : undefined,
    );
    let result: { booked: number; ids: string[] } | undefined;
    try {
      [result] = await queryPrepared<{ booked: number; ids: string[] }>(m, sql, st.params);
    } catch (e) {
      if (isUniqueViolation(e, 'appointments_one_live_per_slot_person')) throw new DomainError(ErrorCode.ALREADY_BOOKED);
      throw e;
    }
    if (result?.booked !== 1) {
      const fresh = await this.repo.slot(slot.id, m);
      if (fresh && fresh.booked >= fresh.capacity) throw new DomainError(ErrorCode.SLOT_FULL, 'Another person booked this slot a moment ago: choose another one');
      throw new DomainError(ErrorCode.SLOT_NOT_BOOKABLE, `This slot can no longer be booked (bookings close ${slot.minNoticeMinutes} minutes before the start, and during absences or closures)`);
    }
    return { appointmentId: appointment.id, messageIds: result.ids, officeId: slot.officeId, appointment };
  }

  /** Confirmation now, reminders 48 h and 2 h before (in the same transaction as the booking). */
  async notifyBooking(m: EntityManager, appointmentId: string, citizen: CitizenRef, opts: { confirmation?: boolean; appointment?: AppointmentRow } = {}): Promise<string[]> {
    const a = opts.appointment ?? (await this.repo.appointment(appointmentId, m));
    if (!a) return [];
    return this.notifications.enqueueMany(m, this.bookingMessages(a, citizen, opts));
  }

  /** The messages of a booking: the confirmation (unless told otherwise), the 48 h "are you coming?" recall and the 2 h reminder. */
  private bookingMessages(a: AppointmentRow, citizen: CitizenRef, opts: { confirmation?: boolean } = {}): NotifyRequest[] {
    const vars = this.messageVars(a, citizen);
    const recipient = { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone };
    const reqs: NotifyRequest[] = opts.confirmation === false ? [] : [{ key: `appointment:${a.id}:confirmed`, recipient, template: 'appointment.confirmed', vars, immediate: true }];
    const start = new Date(a.startsAt).getTime();
    for (const [hours, when] of [[48, 'tra due giorni'], [2, 'tra due ore']] as const) {
      const at = new Date(start - hours * 3_600_000);
      if (at.getTime() > Date.now()) {
        // 48 h before: "are you coming?" with a one-click answer; 2 h before: a plain reminder
        const template = hours === 48 ? 'appointment.recall' : 'appointment.reminder';
        reqs.push({ key: `appointment:${a.id}:reminder-${hours}h`, recipient, template, vars: { ...vars, when, recall: this.recallLink(a.id) }, notBefore: at });
      }
    }
    return reqs;
  }

  messageVars(a: AppointmentRow, citizen: CitizenRef): Record<string, string> {
    const local = romeParts(new Date(a.startsAt));
    const [y, mo, d] = local.date.split('-');
    const channel = a.channel === 'in_person' ? `in presenza, ${a.officeName}` : a.channel === 'video' ? 'in videochiamata' : 'al telefono';
    return {
      name: `${citizen.givenName} ${citizen.familyName}`, service: a.serviceNameIt, office: a.officeName, date: `${d}/${mo}/${y}`, time: local.time,
      channel, link: `${this.env.CITIZEN_WEB_URL}/appuntamenti`, phone: 'il Centro per l\'Impiego',
    };
  }

  async myAppointments(ctx: RequestContext): Promise<AppointmentResponse[]> {
    const rows = await this.repo.appointmentsOf(ctx.principal.fiscalCode);
    return rows.map((r) => toAppointmentResponse(r, { videoRoom: this.videoRoom }));
  }

  /** The citizen cancels before the office's cut-off. */
  async cancelOwn(ctx: RequestContext, appointmentId: string, reason?: string): Promise<AppointmentResponse> {
    const citizen = await this.registry.citizenRef(ctx.principal.fiscalCode);
    if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    await this.repo.db.transaction(async (m) => {
      const a = await this.ownAppointment(m, ctx, appointmentId);
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: reason ?? null });
      await this.repo.releaseSeat(m, a.slotId);
      await this.audit.record(ctx, { action: 'agenda.appointment.cancel', resourceType: 'appointment', resourceId: a.id, subjectFiscalCode: a.citizenFiscalCode }, m);
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      return this.notifications.enqueue(m, {
        key: `appointment:${a.id}:cancelled`, recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
        template: 'appointment.cancelled', vars: this.messageVars(a, citizen), immediate: true,
      });
    });
    return this.appointmentResponse(appointmentId);
  }

  /** Moves the citizen's appointment to another slot, atomically (the old seat is freed only if the new one is taken). */
  async rescheduleOwn(ctx: RequestContext, appointmentId: string, slotId: string, channel?: string): Promise<AppointmentResponse> {
    const citizen = await this.registry.citizenRef(ctx.principal.fiscalCode);
    if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
    const booked = await this.repo.db.transaction(async (m) => {
      const a = await this.ownAppointment(m, ctx, appointmentId);
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: 'rescheduled' });
      await this.repo.releaseSeat(m, a.slotId);
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      return this.bookIn(m, ctx, citizen, { slotId, channel: (channel ?? a.channel) as Channel }, 'citizen');
    });
    return this.appointmentResponse(booked.appointmentId);
  }

  private async ownAppointment(m: EntityManager, ctx: RequestContext, id: string): Promise<AppointmentRow> {
    const a = await this.repo.appointment(id, m, true);
    if (!a || a.citizenFiscalCode !== ctx.principal.fiscalCode) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
    if (a.convocationId) throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, 'This appointment is a convocation: to change it, contact the office and give your reason');
    if (!toAppointmentResponse(a).changeable) {
      throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, `Online changes close ${a.cancelCutoffHours} hours before the appointment: call the office`);
    }
    return a;
  }

  async icsOf(ctx: RequestContext, appointmentId: string): Promise<string> {
    const a = await this.repo.appointment(appointmentId);
    if (!a || a.citizenFiscalCode !== ctx.principal.fiscalCode) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
    const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const esc = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
    return [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//OpenCPI//Agenda//IT', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT',
      `UID:${a.id}@opencpi`, `DTSTAMP:${stamp(new Date())}`, `DTSTART:${stamp(new Date(a.startsAt))}`, `DTEND:${stamp(new Date(a.endsAt))}`,
      `SUMMARY:${esc(`${a.serviceNameIt} – ${a.officeName}`)}`, `LOCATION:${esc(a.channel === 'in_person' ? a.officeName : a.channel === 'video' ? 'Videochiamata' : 'Telefono')}`,
      `STATUS:${a.status === 'booked' ? 'CONFIRMED' : 'CANCELLED'}`, 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
  }

  // ---- operators ----

  private requireOffice(ctx: RequestContext, officeId: string): StaffScope {
    const staff = ctx.principal.staff;
    if (!staff || !staff.officeIds.includes(officeId)) throw new DomainError(ErrorCode.OFFICE_NOT_SERVED, undefined, [{ pointer: '/officeId', detail: 'not one of your offices' }]);
    return staff;
  }

  /** A weekly rule, and its slots published for the booking horizon. */
  async createRule(ctx: RequestContext, body: CreateAvailabilityRuleBody, now = new Date()): Promise<AvailabilityRuleResponse> {
    const staff = this.requireOffice(ctx, body.officeId);
    const t = await this.serviceType(body.serviceType);
    const operatorId = body.operatorId ?? staff.staffId;
    if (operatorId !== staff.staffId && staff.role === 'operator') {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Operators define their own availability; managers can define others\'', [{ pointer: '/operatorId', detail: 'not you' }]);
    }
    const bad = body.channels.filter((c) => !t.channels.includes(c));
    if (bad.length) throw new DomainError(ErrorCode.VALIDATION_FAILED, `Not offered for this service: ${bad.join(', ')}`, [{ pointer: '/channels', detail: `allowed: ${t.channels.join(', ')}` }]);
    if (body.endTime <= body.startTime) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'endTime must follow startTime', [{ pointer: '/endTime', detail: 'must be after startTime' }]);
    if (body.validTo && body.validTo < body.validFrom) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'validTo must not precede validFrom', [{ pointer: '/validTo', detail: 'before validFrom' }]);

    return this.repo.db.transaction(async (m) => {
      const rule = await m.getRepository(AvailabilityRuleEntity).save(m.getRepository(AvailabilityRuleEntity).create({
        officeId: body.officeId, operatorId, serviceTypeId: t.id, weekday: body.weekday, startTime: body.startTime, endTime: body.endTime,
        validFrom: body.validFrom, validTo: body.validTo ?? null, channels: body.channels, createdBy: ctx.principal.fiscalCode,
      }));
      const published = await publishRule(m, rule, t, now);
      return {
        id: rule.id, officeId: rule.officeId, operatorId, serviceType: t.code, weekday: rule.weekday, startTime: body.startTime, endTime: body.endTime,
        validFrom: rule.validFrom, ...(rule.validTo ? { validTo: rule.validTo } : {}), channels: rule.channels, slotsPublished: published,
      };
    });
  }

  /**
   * An operator's absence or (managers) an office closure: stored (future publications skip it), its free slots
   * withdrawn at once, and the appointments already booked inside it returned so the office can move or cancel them.
   */
  async createException(ctx: RequestContext, body: CreateAvailabilityExceptionBody): Promise<AvailabilityExceptionResponse> {
    const staff = this.requireOffice(ctx, body.officeId);
    const wholeOffice = body.wholeOffice === true;
    if (wholeOffice && staff.role === 'operator') {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the office manager can close the office', [{ pointer: '/wholeOffice', detail: 'managers only' }]);
    }
    const operatorId = wholeOffice ? null : (body.operatorId ?? staff.staffId);
    if (operatorId && operatorId !== staff.staffId && staff.role === 'operator') {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Operators record their own absences; managers can record others\'', [{ pointer: '/operatorId', detail: 'not you' }]);
    }
    const startsAt = romeToInstant(body.fromDate, body.fromTime ?? '00:00');
    const endsAt = body.toTime ? romeToInstant(body.toDate, body.toTime) : romeToInstant(addDays(body.toDate, 1), '00:00');
    if (!startsAt) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Not a valid start', [{ pointer: '/fromDate', detail: 'not a valid date and time' }]);
    if (!endsAt || endsAt <= startsAt) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The end must follow the start', [{ pointer: '/toDate', detail: 'before the start' }]);
    if (endsAt.getTime() - startsAt.getTime() > 366 * 86_400_000) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'At most one year', [{ pointer: '/toDate', detail: 'more than a year after the start' }]);

    const { id, removed, affectedIds } = await this.repo.db.transaction(async (m) => {
      const [row] = (await m.query(
        `INSERT INTO agenda.availability_exceptions (office_id, operator_id, starts_at, ends_at, reason, created_by) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
        [body.officeId, operatorId, startsAt, endsAt, body.reason, ctx.principal.fiscalCode],
      )) as { id: string }[];
      const scope = `s.office_id = $1 AND ($2::uuid IS NULL OR s.operator_id = $2) AND s.starts_at < $4 AND s.ends_at > $3`;
      const [deleted] = (await m.query(
        `DELETE FROM agenda.slots s WHERE ${scope} AND s.booked = 0 AND NOT EXISTS (SELECT 1 FROM agenda.appointments a WHERE a.slot_id = s.id) RETURNING s.id`,
        [body.officeId, operatorId, startsAt, endsAt],
      )) as [unknown[], number];
      // slots with history are kept for the record; the exception itself closes them to new bookings (see AgendaRepository.bookSql)
      const affected = (await m.query(
        `SELECT a.id FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id WHERE ${scope} AND a.status = 'booked'`,
        [body.officeId, operatorId, startsAt, endsAt],
      )) as { id: string }[];
      return { id: (row as { id: string }).id, removed: deleted.length, affectedIds: affected.map((a) => a.id) };
    });
    const affected = await Promise.all(affectedIds.map((a) => this.appointmentResponse(a, true)));
    await this.audit.record(ctx, affected.map((a) => ({
      action: 'agenda.exception.affected', resourceType: 'appointment', resourceId: a.id, subjectFiscalCode: a.citizenFiscalCode ?? '', actorOfficeId: body.officeId, details: { exceptionId: id },
    })));
    return {
      id, officeId: body.officeId, ...(operatorId ? { operatorId } : {}), startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(),
      reason: body.reason, removedSlots: removed, affected,
    };
  }

  /** Day or week of an office (or one operator): in-person and remote together, optionally filtered by channel. */
  async calendar(ctx: RequestContext, q: CalendarQuery): Promise<CalendarResponse> {
    this.requireOffice(ctx, q.officeId);
    const from = romeToInstant(q.from, '00:00') as Date;
    const to = romeToInstant(addDays(q.from, q.days ?? 1), '00:00') as Date;
    const slots = await this.repo.calendar({ officeId: q.officeId, ...(q.operatorId ? { operatorId: q.operatorId } : {}), from, to, ...(q.channel ? { channel: q.channel } : {}) });
    const appointments = (await this.repo.appointmentsOfSlots(slots.map((s) => s.id))).filter((a) => !q.channel || a.channel === q.channel);
    await this.audit.record(ctx, appointments.map((a) => ({
      action: 'agenda.calendar.read', resourceType: 'appointment', resourceId: a.id, subjectFiscalCode: a.citizenFiscalCode, actorOfficeId: q.officeId,
    })));
    // grouped once (booking order kept), not filtered per slot: a week has hundreds of slots
    const bySlot = new Map<string, AppointmentResponse[]>();
    for (const a of appointments) {
      const list = bySlot.get(a.slotId);
      const r = toAppointmentResponse(a, { withCitizen: true });
      if (list) list.push(r); else bySlot.set(a.slotId, [r]);
    }
    return {
      items: slots.map((s) => {
        const local = romeParts(new Date(s.startsAt));
        return {
          slotId: s.id, operatorId: s.operatorId, operatorName: s.operatorName, serviceName: s.serviceNameIt, startsAt: new Date(s.startsAt).toISOString(),
          localDate: local.date, localTime: local.time, capacity: s.capacity,
          appointments: bySlot.get(s.id) ?? [],
        };
      }),
    };
  }

  /** Present / absent / absent with justification / late cancellation; publishes `attendance.recorded` (outbox). */
  async recordAttendance(ctx: RequestContext, appointmentId: string, body: RecordAttendanceBody): Promise<AppointmentResponse> {
    await this.repo.db.transaction(async (m) => {
      const a = await this.repo.appointment(appointmentId, m, true);
      if (!a || !ctx.principal.staff?.officeIds.includes(a.officeId)) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
      if (a.status !== 'booked') throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, `Attendance already recorded (${a.status})`);
      await this.repo.setStatus(m, a.id, body.outcome, { attendance: true });
      if (body.outcome === 'late_cancelled') await this.repo.releaseSeat(m, a.slotId);
      const [conv] = (await m.query(`SELECT id FROM agenda.convocations WHERE appointment_id = $1`, [a.id])) as { id: string }[];
      await this.events.publish(m, { type: 'attendance.recorded', aggregateType: 'appointment', aggregateId: a.id, payload: {
        appointmentId: a.id, convocationId: conv?.id ?? null, citizenFiscalCode: a.citizenFiscalCode, officeId: a.officeId,
        startsAt: new Date(a.startsAt).toISOString(), outcome: body.outcome, note: body.note ?? null, recordedBy: ctx.principal.fiscalCode,
      } });
      await this.audit.record(ctx, { action: 'agenda.attendance.record', resourceType: 'appointment', resourceId: a.id, subjectFiscalCode: a.citizenFiscalCode, actorOfficeId: a.officeId, details: { outcome: body.outcome } }, m);
    });
    return this.appointmentResponse(appointmentId, true);
  }

  /** The office cancels an appointment, with a reason the person is told. */
  async cancelByOffice(ctx: RequestContext, appointmentId: string, reason: string): Promise<AppointmentResponse> {
    await this.repo.db.transaction(async (m) => {
      const a = await this.officeAppointment(m, ctx, appointmentId);
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: reason });
      await this.repo.releaseSeat(m, a.slotId);
      await this.audit.record(ctx, { action: 'agenda.appointment.cancel', resourceType: 'appointment', resourceId: a.id, subjectFiscalCode: a.citizenFiscalCode, actorOfficeId: a.officeId, details: { reason } }, m);
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      const citizen = await this.registry.citizenRef(a.citizenFiscalCode);
      if (!citizen) return [];
      return this.notifications.enqueue(m, {
        key: `appointment:${a.id}:cancelled`, recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
        template: 'appointment.cancelled_by_office', vars: { ...this.messageVars(a, citizen), reason },
      });
    });
    return this.appointmentResponse(appointmentId, true);
  }

  /** The office moves an appointment to another free slot of one of its offices (atomic; the person is told). */
  async moveByOffice(ctx: RequestContext, appointmentId: string, slotId: string): Promise<AppointmentResponse> {
    const booked = await this.repo.db.transaction(async (m) => {
      const a = await this.officeAppointment(m, ctx, appointmentId);
      const citizen = await this.registry.citizenRef(a.citizenFiscalCode);
      if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
      const target = await this.repo.slot(slotId, m);
      if (!target || !ctx.principal.staff?.officeIds.includes(target.officeId)) throw new DomainError(ErrorCode.SLOT_NOT_FOUND, undefined, [{ pointer: '/slotId', detail: 'no such slot in your offices' }]);
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: 'rescheduled' });
      await this.repo.releaseSeat(m, a.slotId);
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      const channel = (target.channels.includes(a.channel) ? a.channel : target.channels[0]) as Channel;
      const r = await this.bookIn(m, ctx, citizen, { slotId, channel }, 'operator');
      await this.audit.record(ctx, { action: 'agenda.appointment.move', resourceType: 'appointment', resourceId: r.appointmentId, subjectFiscalCode: a.citizenFiscalCode, actorOfficeId: a.officeId, details: { from: a.id } }, m);
      return r;
    });
    return this.appointmentResponse(booked.appointmentId, true);
  }

  private async officeAppointment(m: EntityManager, ctx: RequestContext, id: string): Promise<AppointmentRow> {
    const a = await this.repo.appointment(id, m, true);
    if (!a || !ctx.principal.staff?.officeIds.includes(a.officeId)) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
    if (a.status !== 'booked') throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, `The appointment is ${a.status}`);
    return a;
  }

  async appointmentResponse(id: string, withCitizen = false): Promise<AppointmentResponse> {
    const a = await this.repo.appointment(id);
    if (!a) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
    return toAppointmentResponse(a, { withCitizen, videoRoom: this.videoRoom });
  }
}
