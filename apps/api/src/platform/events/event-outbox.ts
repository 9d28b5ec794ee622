import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DOMAIN_EVENT_VERSIONS, type DomainEventPayloads, type DomainEventType } from '@opencpi/contracts';

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
 * transaction, so an event exists exactly when the change that caused it committed. The relay
 * (event-relay.ts) delivers each event to the consumers registered for its type.
 */
@Injectable()
export class EventOutbox {
  async publish<K extends DomainEventType>(m: EntityManager, event: PublishEvent<K>): Promise<void> {
    await m.query(
      `INSERT INTO events.outbox (type, version, aggregate_type, aggregate_id, payload) VALUES ($1, $2, $3, $4, $5)`,
      [event.type, DOMAIN_EVENT_VERSIONS[event.type], event.aggregateType, event.aggregateId, event.payload],
    );
  }
}
