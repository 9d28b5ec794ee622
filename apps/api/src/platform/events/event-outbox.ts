import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SqlStatement } from '../../database/sql-statement';
import { DOMAIN_EVENT_VERSIONS, type DomainEventPayloads, type DomainEventType } from '@opencpi/contracts';
import { EventConsumers } from './event-consumers';
import { EventDeliveryRepository } from './event-delivery.repository';

/** What a producer publishes: the type decides the payload's shape (libs/contracts/src/events). */
export interface PublishEvent<K extends DomainEventType> {
  type: K;
  /** what the event is about, e.g. `appointment`, `patto`; delivery is in order per (aggregateType, aggregateId) */
  aggregateType: string;
  aggregateId: string;
  payload: DomainEventPayloads[K];
}

/**
 * The platform's transactional outbox: a module publishes its domain events with the EntityManager of its own
 * transaction, so an event exists exactly when the change that caused it committed. The same statement creates
 * one delivery per consumer registered for the type (so no event can be skipped by a relay reading while a
 * slower transaction is still open); the relay (event-relay.ts) runs them.
 */
@Injectable()
export class EventOutbox {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly repo: EventDeliveryRepository,
  ) {}

  async publish<K extends DomainEventType>(m: EntityManager, event: PublishEvent<K>): Promise<void> {
    await this.repo.insertEvent(m, { ...event, version: DOMAIN_EVENT_VERSIONS[event.type] }, this.consumersOf(event.type));
  }

  /**
   * The same publication as CTE members of a statement another module composes (the booking's single statement):
   * written only when `from` yields a row, in that statement's commit.
   */
  publishSql<K extends DomainEventType>(st: SqlStatement, event: PublishEvent<K>, from: string, name = 'event'): { name: string; sql: string }[] {
    return this.repo.insertEventSql(st, { ...event, version: DOMAIN_EVENT_VERSIONS[event.type] }, this.consumersOf(event.type), from, name);
  }

  private consumersOf(type: DomainEventType): string[] {
    return this.consumers
      .all()
      .filter((c) => c.types.includes(type))
      .map((c) => c.name);
  }
}
