import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
    const consumers = this.consumers
      .all()
      .filter((c) => c.types.includes(event.type))
      .map((c) => c.name);
    await this.repo.insertEvent(m, { ...event, version: DOMAIN_EVENT_VERSIONS[event.type] }, consumers);
  }
}
