import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DeliveredEvent, EventConsumer } from '../../../platform/events/event-consumers';
import { AssignmentsService } from '../assignments/assignments.service';
import { WebhookDispatcher } from './webhook-dispatcher';

/**
 * Domain events → the webhooks of the agencies they concern: `person.assigned` and `assignment.ended` (the assignment's
 * agency), `patto.signed` (the agency the patto names), `appointment.booked` (every agency with an open assignment of
 * the person), `attendance.recorded` with the person absent →
 * `appointment.missed` (every agency with an open assignment of the person). The body carries ids and dates only.
 */
@Injectable()
export class WebhookFanOutConsumer implements EventConsumer {
  readonly name = 'agencies.webhooks';
  readonly types = ['person.assigned', 'patto.signed', 'assignment.ended', 'appointment.booked', 'attendance.recorded'] as const;

  constructor(
    private readonly dispatcher: WebhookDispatcher,
    private readonly assignments: AssignmentsService,
  ) {}

  async handle(event: DeliveredEvent, m: EntityManager): Promise<void> {
    const base = { sourceEventId: event.id, occurredAt: event.occurredAt };
    if (event.type === 'person.assigned') {
      const p = (event as DeliveredEvent<'person.assigned'>).payload;
      const data = { assignmentId: p.assignmentId, citizenId: p.citizenId, source: p.source, pattoId: p.pattoId, assignedOn: p.assignedOn };
      await this.dispatcher.fanOut(m, { ...base, agencyIds: [p.agencyId], eventType: 'person.assigned', data });
    } else if (event.type === 'assignment.ended') {
      const p = (event as DeliveredEvent<'assignment.ended'>).payload;
      const data = { assignmentId: p.assignmentId, citizenId: p.citizenId, outcome: p.outcome, reason: p.reason, endedOn: p.endedOn };
      await this.dispatcher.fanOut(m, { ...base, agencyIds: [p.agencyId], eventType: 'assignment.ended', data });
    } else if (event.type === 'patto.signed') {
      const p = (event as DeliveredEvent<'patto.signed'>).payload;
      if (!p.agencyId) return;
      const data = { pattoId: p.pattoId, version: p.version, citizenId: p.citizenId, signedAt: p.signedAt };
      await this.dispatcher.fanOut(m, { ...base, agencyIds: [p.agencyId], eventType: 'patto.signed', data });
    } else if (event.type === 'appointment.booked') {
      const p = (event as DeliveredEvent<'appointment.booked'>).payload;
      for (const a of await this.assignments.openOf(m, p.citizenFiscalCode)) {
        const data = { assignmentId: a.id, citizenId: a.citizenId, appointmentId: p.appointmentId, startsAt: p.startsAt, channel: p.channel };
        await this.dispatcher.fanOut(m, { ...base, agencyIds: [a.agencyId], eventType: 'appointment.booked', data });
      }
    } else if (event.type === 'attendance.recorded') {
      const p = (event as DeliveredEvent<'attendance.recorded'>).payload;
      if (p.outcome !== 'absent') return;
      for (const a of await this.assignments.openOf(m, p.citizenFiscalCode)) {
        const data = { assignmentId: a.id, citizenId: a.citizenId, appointmentId: p.appointmentId, startsAt: p.startsAt };
        await this.dispatcher.fanOut(m, { ...base, agencyIds: [a.agencyId], eventType: 'appointment.missed', data });
      }
    }
  }
}
