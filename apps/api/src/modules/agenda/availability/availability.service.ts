import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type AvailabilityExceptionResponse,
  type AvailabilityRuleResponse,
  type CreateAvailabilityExceptionBody,
  type CreateAvailabilityRuleBody,
} from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { addDays, romeToInstant } from '../../../platform/time/rome-time';
import { AgendaRepository } from '../agenda.repository';
import { AppointmentQueryService } from '../appointments/appointment-query.service';
import { requireOffice } from '../appointments/office-scope';
import { BookingService } from '../booking/booking.service';
import { publishRule } from '../slot-publisher';
import { AvailabilityRepository } from './availability.repository';

/** Operators' weekly availability (its slots published for the booking horizon) and its exceptions. */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly repo: AgendaRepository,
    private readonly availability: AvailabilityRepository,
    private readonly booking: BookingService,
    private readonly appointments: AppointmentQueryService,
    private readonly audit: AuditService,
  ) {}

  /** A weekly rule, and its slots published for the booking horizon. */
  async createRule(ctx: RequestContext, body: CreateAvailabilityRuleBody, now = new Date()): Promise<AvailabilityRuleResponse> {
    const staff = requireOffice(ctx, body.officeId);
    const t = await this.booking.serviceType(body.serviceType);
    const operatorId = body.operatorId ?? staff.staffId;
    if (operatorId !== staff.staffId && staff.role === 'operator') {
      throw new DomainError(ErrorCode.FORBIDDEN, "Operators define their own availability; managers can define others'", [{ pointer: '/operatorId', detail: 'not you' }]);
    }
    const bad = body.channels.filter((c) => !t.channels.includes(c));
    if (bad.length)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `Not offered for this service: ${bad.join(', ')}`, [
        { pointer: '/channels', detail: `allowed: ${t.channels.join(', ')}` },
      ]);
    if (body.endTime <= body.startTime)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'endTime must follow startTime', [{ pointer: '/endTime', detail: 'must be after startTime' }]);
    if (body.validTo && body.validTo < body.validFrom)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'validTo must not precede validFrom', [{ pointer: '/validTo', detail: 'before validFrom' }]);

    return this.repo.transaction(async (m) => {
      const rule = await this.availability.saveRule(m, {
        officeId: body.officeId,
        operatorId,
        serviceTypeId: t.id,
        weekday: body.weekday,
        startTime: body.startTime,
        endTime: body.endTime,
        validFrom: body.validFrom,
        validTo: body.validTo ?? null,
        channels: body.channels,
        createdBy: ctx.principal.fiscalCode,
      });
      const published = await publishRule(m, rule, t, now);
      return {
        id: rule.id,
        officeId: rule.officeId,
        operatorId,
        serviceType: t.code,
        weekday: rule.weekday,
        startTime: body.startTime,
        endTime: body.endTime,
        validFrom: rule.validFrom,
        ...(rule.validTo ? { validTo: rule.validTo } : {}),
        channels: rule.channels,
        slotsPublished: published,
      };
    });
  }

  /**
   * An operator's absence or (managers) an office closure: stored (future publications skip it), its free slots
   * withdrawn at once, and the appointments already booked inside it returned so the office can move or cancel them.
   */
  async createException(ctx: RequestContext, body: CreateAvailabilityExceptionBody): Promise<AvailabilityExceptionResponse> {
    const staff = requireOffice(ctx, body.officeId);
    const wholeOffice = body.wholeOffice === true;
    if (wholeOffice && staff.role === 'operator') {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the office manager can close the office', [{ pointer: '/wholeOffice', detail: 'managers only' }]);
    }
    const operatorId = wholeOffice ? null : (body.operatorId ?? staff.staffId);
    if (operatorId && operatorId !== staff.staffId && staff.role === 'operator') {
      throw new DomainError(ErrorCode.FORBIDDEN, "Operators record their own absences; managers can record others'", [{ pointer: '/operatorId', detail: 'not you' }]);
    }
    const startsAt = romeToInstant(body.fromDate, body.fromTime ?? '00:00');
    const endsAt = body.toTime ? romeToInstant(body.toDate, body.toTime) : romeToInstant(addDays(body.toDate, 1), '00:00');
    if (!startsAt) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Not a valid start', [{ pointer: '/fromDate', detail: 'not a valid date and time' }]);
    if (!endsAt || endsAt <= startsAt) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The end must follow the start', [{ pointer: '/toDate', detail: 'before the start' }]);
    if (endsAt.getTime() - startsAt.getTime() > 366 * 86_400_000)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'At most one year', [{ pointer: '/toDate', detail: 'more than a year after the start' }]);

    const window = { officeId: body.officeId, operatorId, startsAt, endsAt };
    const { id, removed, affectedIds } = await this.repo.transaction(async (m) => {
      const id = await this.availability.insertException(m, window, body.reason, ctx.principal.fiscalCode);
      const removed = await this.availability.deleteFreeSlots(m, window);
      // slots with history are kept for the record; the exception itself closes them to new bookings (see AgendaRepository.bookSql)
      return { id, removed, affectedIds: await this.availability.bookedAppointmentIds(m, window) };
    });
    const affected = await this.appointments.responses(affectedIds, true);
    await this.audit.record(
      ctx,
      affected.map((a) => ({
        action: 'agenda.exception.affected',
        resourceType: 'appointment',
        resourceId: a.id,
        subjectFiscalCode: a.citizenFiscalCode ?? '',
        actorOfficeId: body.officeId,
        details: { exceptionId: id },
      })),
    );
    return {
      id,
      officeId: body.officeId,
      ...(operatorId ? { operatorId } : {}),
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      reason: body.reason,
      removedSlots: removed,
      affected,
    };
  }
}
