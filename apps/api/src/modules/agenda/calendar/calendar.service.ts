import { Injectable } from '@nestjs/common';
import { ErrorCode, type AppointmentResponse, type CalendarQuery, type CalendarResponse, type RecordAttendanceBody } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { addDays, romeParts, romeToInstant } from '../../../platform/time/rome-time';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService } from '../../registry/registry.service';
import { toAppointmentResponse } from '../agenda.mapper';
import { AgendaRepository, type AppointmentRow } from '../agenda.repository';
import { AppointmentQueryService } from '../appointments/appointment-query.service';
import { requireOffice } from '../appointments/office-scope';
import { BookingMessages } from '../booking/booking-messages';
import { BookingService } from '../booking/booking.service';
import type { Channel } from '../domain/slot-generator';

/** The office's calendar and what the office does on its appointments: attendance, cancellation, moving. Owns its transactions. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly events: EventOutbox,
    private readonly repo: AgendaRepository,
    private readonly appointments: AppointmentQueryService,
    private readonly booking: BookingService,
    private readonly messages: BookingMessages,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Day or week of an office (or one operator): in-person and remote together, optionally filtered by channel. */
  async calendar(ctx: RequestContext, q: CalendarQuery): Promise<CalendarResponse> {
    requireOffice(ctx, q.officeId);
    const from = romeToInstant(q.from, '00:00') as Date;
    const to = romeToInstant(addDays(q.from, q.days ?? 1), '00:00') as Date;
    const slots = await this.repo.calendar({ officeId: q.officeId, ...(q.operatorId ? { operatorId: q.operatorId } : {}), from, to, ...(q.channel ? { channel: q.channel } : {}) });
    const [appointments, operators] = await Promise.all([
      this.appointments.ofSlots(slots.map((s) => s.id)).then((all) => all.filter((a) => !q.channel || a.channel === q.channel)),
      this.registry.staffNames(slots.map((s) => s.operatorId)),
    ]);
    await this.audit.record(
      ctx,
      appointments.map((a) => ({
        action: 'agenda.calendar.read',
        resourceType: 'appointment',
        resourceId: a.id,
        subjectFiscalCode: a.citizenFiscalCode,
        actorOfficeId: q.officeId,
      })),
    );
    // grouped once (booking order kept), not filtered per slot: a week has hundreds of slots
    const bySlot = new Map<string, AppointmentResponse[]>();
    for (const a of appointments) {
      const list = bySlot.get(a.slotId);
      const r = toAppointmentResponse(a, { withCitizen: true });
      if (list) list.push(r);
      else bySlot.set(a.slotId, [r]);
    }
    // by start, then by the operator's family name (a stable sort keeps the start order of the query)
    const familyName = (id: string) => operators.get(id)?.familyName ?? '';
    const ordered = [...slots].sort(
      (a, b) =>
        new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime() ||
        (familyName(a.operatorId) < familyName(b.operatorId) ? -1 : familyName(a.operatorId) > familyName(b.operatorId) ? 1 : 0),
    );
    return {
      items: ordered.map((s) => {
        const local = romeParts(new Date(s.startsAt));
        const operator = operators.get(s.operatorId);
        return {
          slotId: s.id,
          operatorId: s.operatorId,
          operatorName: operator ? `${operator.givenName} ${operator.familyName}` : '',
          serviceName: s.serviceNameIt,
          startsAt: new Date(s.startsAt).toISOString(),
          endsAt: new Date(s.endsAt).toISOString(),
          localDate: local.date,
          localTime: local.time,
          capacity: s.capacity,
          appointments: bySlot.get(s.id) ?? [],
        };
      }),
    };
  }

  /** Present / absent / absent with justification / late cancellation; publishes `attendance.recorded` (outbox). */
  async recordAttendance(ctx: RequestContext, appointmentId: string, body: RecordAttendanceBody, now = new Date()): Promise<AppointmentResponse> {
    await this.repo.transaction(async (m) => {
      const a = await this.repo.appointment(appointmentId, m, true);
      if (!a || !ctx.principal.staff?.officeIds.includes(a.officeId)) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
      if (a.status !== 'booked') throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, `Attendance already recorded (${a.status})`);
      // present or absent only once it has started (a late cancellation is recorded before the start)
      if (body.outcome !== 'late_cancelled' && new Date(a.startsAt).getTime() > now.getTime()) {
        throw new DomainError(ErrorCode.ATTENDANCE_NOT_YET, 'Attendance can be recorded from the start of the appointment', [
          { pointer: '/outcome', detail: 'the appointment has not started yet', constraint: 'hasStarted' },
        ]);
      }
      await this.repo.setStatus(m, a.id, body.outcome, { attendance: true });
      if (body.outcome === 'late_cancelled') await this.repo.releaseSeat(m, a.slotId);
      await this.events.publish(m, {
        type: 'attendance.recorded',
        aggregateType: 'appointment',
        aggregateId: a.id,
        payload: {
          appointmentId: a.id,
          convocationId: a.convocationId,
          citizenFiscalCode: a.citizenFiscalCode,
          officeId: a.officeId,
          startsAt: new Date(a.startsAt).toISOString(),
          outcome: body.outcome,
          note: body.note ?? null,
          recordedBy: ctx.principal.fiscalCode,
        },
      });
      await this.audit.record(
        ctx,
        {
          action: 'agenda.attendance.record',
          resourceType: 'appointment',
          resourceId: a.id,
          subjectFiscalCode: a.citizenFiscalCode,
          actorOfficeId: a.officeId,
          details: { outcome: body.outcome },
        },
        m,
      );
    });
    return this.appointments.response(appointmentId, true);
  }

  /** The office cancels an appointment, with a reason the person is told. */
  async cancelByOffice(ctx: RequestContext, appointmentId: string, reason: string): Promise<AppointmentResponse> {
    await this.repo.transaction(async (m) => {
      const a = await this.officeAppointment(m, ctx, appointmentId);
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: reason });
      await this.repo.releaseSeat(m, a.slotId);
      await this.audit.record(
        ctx,
        {
          action: 'agenda.appointment.cancel',
          resourceType: 'appointment',
          resourceId: a.id,
          subjectFiscalCode: a.citizenFiscalCode,
          actorOfficeId: a.officeId,
          details: { reason },
        },
        m,
      );
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      const citizen = await this.registry.citizenRef(a.citizenFiscalCode);
      if (!citizen) return [];
      return this.notifications.enqueue(m, this.messages.cancelled(a, citizen, { reason }));
    });
    return this.appointments.response(appointmentId, true);
  }

  /** The office moves an appointment to another free slot of one of its offices (atomic; the person is told). */
  async moveByOffice(ctx: RequestContext, appointmentId: string, slotId: string): Promise<AppointmentResponse> {
    const booked = await this.repo.transaction(async (m) => {
      const a = await this.officeAppointment(m, ctx, appointmentId);
      const citizen = await this.registry.citizenRef(a.citizenFiscalCode);
      if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
      const target = await this.repo.slot(slotId, m);
      if (!target || !ctx.principal.staff?.officeIds.includes(target.officeId))
        throw new DomainError(ErrorCode.SLOT_NOT_FOUND, undefined, [{ pointer: '/slotId', detail: 'no such slot in your offices' }]);
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: 'rescheduled' });
      await this.repo.releaseSeat(m, a.slotId);
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      const channel = (target.channels.includes(a.channel) ? a.channel : target.channels[0]) as Channel;
      const r = await this.booking.bookIn(m, ctx, citizen, { slotId, channel }, 'operator');
      await this.audit.record(
        ctx,
        {
          action: 'agenda.appointment.move',
          resourceType: 'appointment',
          resourceId: r.appointmentId,
          subjectFiscalCode: a.citizenFiscalCode,
          actorOfficeId: a.officeId,
          details: { from: a.id },
        },
        m,
      );
      return r;
    });
    return this.appointments.response(booked.appointmentId, true);
  }

  private async officeAppointment(m: EntityManager, ctx: RequestContext, id: string): Promise<AppointmentRow> {
    const a = await this.appointments.one(id, { m, lock: true });
    if (!a || !ctx.principal.staff?.officeIds.includes(a.officeId)) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND);
    if (a.status !== 'booked') throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, `The appointment is ${a.status}`);
    return a;
  }
}
