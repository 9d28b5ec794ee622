import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEventPayloads, DomainEventType } from '@opencpi/contracts';

/** An event as a consumer receives it. */
export interface DeliveredEvent<K extends DomainEventType = DomainEventType> {
  /** the outbox id (bigint as a string): unique, increasing; use it (or `${consumer}:${id}`) as an idempotency key */
  id: string;
  type: K;
  version: number;
  aggregateType: string;
  aggregateId: string;
  payload: DomainEventPayloads[K];
  occurredAt: Date;
}

/**
 * A consumer of domain events. `handle` runs inside a transaction (`m`) in which the relay also records the
 * event as processed by this consumer: either both commit or neither, so a redelivery has no effect. A throw
 * rolls back, counts an attempt and retries later with backoff; after `maxAttempts` the delivery is
 * dead-lettered (operators see it and may retry it). Events of one aggregate reach a consumer in order.
 */
export interface EventConsumer {
  /** stable, unique: `<module>.<what-it-does>`, e.g. `condizionalita.open-case` */
  name: string;
  types: readonly DomainEventType[];
  /** default 8 */
  maxAttempts?: number;
  handle(event: DeliveredEvent, m: EntityManager): Promise<void>;
}

/** Where modules register their consumers (in `onModuleInit`); the relay delivers to what is registered here. */
@Injectable()
export class EventConsumers {
  private readonly consumers = new Map<string, EventConsumer>();

  register(consumer: EventConsumer): void {
    if (this.consumers.has(consumer.name)) throw new Error(`event consumer ${consumer.name} is registered twice`);
    this.consumers.set(consumer.name, consumer);
  }

  all(): EventConsumer[] {
    return [...this.consumers.values()];
  }

  get(name: string): EventConsumer | undefined {
    return this.consumers.get(name);
  }
}

/** Thrown by a consumer when retrying cannot help (e.g. the other system refused the content): dead-letters at once. */
export class NonRetryableEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NonRetryableEventError';
  }
}
