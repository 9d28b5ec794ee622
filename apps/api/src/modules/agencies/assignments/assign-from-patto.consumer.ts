import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DeliveredEvent, EventConsumer } from '../../../platform/events/event-consumers';
import { AssignmentsService } from './assignments.service';

/** `patto.signed` naming an agency → the person is assigned to it (idempotent: one assignment per patto version and agency). */
@Injectable()
export class AssignFromPattoConsumer implements EventConsumer {
  readonly name = 'agencies.assign-from-patto';
  readonly types = ['patto.signed'] as const;

  constructor(private readonly assignments: AssignmentsService) {}

  async handle(event: DeliveredEvent, m: EntityManager): Promise<void> {
    if (event.type !== 'patto.signed') return;
    await this.assignments.assignFromPatto(m, (event as DeliveredEvent<'patto.signed'>).payload, event.occurredAt);
  }
}
