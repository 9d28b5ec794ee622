import { Injectable } from '@nestjs/common';
import { ErrorCode, type DeadLettersQuery, type DeadLettersResponse, type EventConsumersResponse } from '@opencpi/contracts';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../auth/request-context';
import { DomainError } from '../errors/domain-error';
import { EventConsumers } from './event-consumers';
import { EventDeliveryRepository } from './event-delivery.repository';

const iso = (d: Date | null): string | undefined => (d ? new Date(d).toISOString() : undefined);

/** What managers see of the event queues: each consumer's backlog, the dead letters, and a retry. */
@Injectable()
export class DeadLettersService {
  constructor(
    private readonly repo: EventDeliveryRepository,
    private readonly consumers: EventConsumers,
    private readonly audit: AuditService,
  ) {}

  async consumerStates(): Promise<EventConsumersResponse> {
    const rows = new Map((await this.repo.summary()).map((r) => [r.consumer, r]));
    const names = [...new Set([...this.consumers.all().map((c) => c.name), ...rows.keys()])].sort();
    return {
      items: names.map((name) => {
        const r = rows.get(name);
        return {
          consumer: name,
          types: [...(this.consumers.get(name)?.types ?? [])],
          pending: r?.pending ?? 0,
          failing: r?.failing ?? 0,
          dead: r?.dead ?? 0,
          oldestPendingSince: iso(r?.oldestPendingSince ?? null),
        };
      }),
    };
  }

  async list(q: DeadLettersQuery): Promise<DeadLettersResponse> {
    const { rows, total } = await this.repo.deadLetters(q.limit ?? 50, q.offset ?? 0);
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        consumer: r.consumer,
        eventId: r.eventId,
        type: r.type,
        aggregateType: r.aggregateType,
        aggregateId: r.aggregateId,
        attempts: r.attempts,
        occurredAt: new Date(r.occurredAt).toISOString(),
        firstFailedAt: iso(r.firstFailedAt),
        deadAt: new Date(r.deadAt).toISOString(),
        lastError: r.lastError ?? undefined,
      })),
    };
  }

  /** The dead letter goes back to the queue, due now (audited: it may change a person's case). */
  async retry(ctx: RequestContext, deliveryId: string): Promise<void> {
    const revived = await this.repo.revive(deliveryId);
    if (!revived) throw new DomainError(ErrorCode.EVENT_DELIVERY_NOT_FOUND, undefined, [{ pointer: '/deliveryId', detail: 'no dead letter with this id' }]);
    await this.audit.record(ctx, {
      action: 'events.dead-letter.retry',
      resourceType: 'event-delivery',
      resourceId: deliveryId,
      subjectFiscalCode: null,
      details: { consumer: revived.consumer, type: revived.type, aggregateType: revived.aggregateType, aggregateId: revived.aggregateId },
    });
  }
}
