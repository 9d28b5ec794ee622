import { AuditEventEntity } from './audit/audit-event.entity';
import { EventDeliveryEntity } from './events/event-delivery.entity';
import { OutboxEventEntity } from './events/outbox-event.entity';
import { IdempotencyKeyEntity } from './idempotency/idempotency-key.entity';
import { RateLimitCounterEntity } from './rate-limit/rate-limit-counter.entity';

/**
 * The platform's entities (schemas `audit`, `platform`, `events`), registered by the platform: a new entity goes here.
 * apps/api/src/database/entities.ts concatenates the lists for the DataSource.
 */
export const PLATFORM_ENTITIES = [AuditEventEntity, RateLimitCounterEntity, OutboxEventEntity, EventDeliveryEntity, IdempotencyKeyEntity];
