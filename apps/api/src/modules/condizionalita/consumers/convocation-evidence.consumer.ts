import { Injectable } from '@nestjs/common';
import type { ConvocationAcknowledgedV1, ConvocationIssuedV1 } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { NonRetryableEventError, type DeliveredEvent, type EventConsumer } from '../../../platform/events/event-consumers';
import { ConvocationEvidenceRepository } from '../convocation-evidence.repository';

export const CONVOCATION_EVIDENCE = { name: 'condizionalita.convocation-evidence', types: ['convocation.issued', 'convocation.acknowledged'] } as const;

/**
 * `condizionalita.convocation-evidence`: keeps the proof a sanction for a missed convocation rests on — that the
 * person was convoked (channel, date, legal basis, hash of the text agenda kept) and, when they did, that they
 * acknowledged it. Idempotent by itself: one row per convocation, each half written once (see the repository).
 */
@Injectable()
export class ConvocationEvidenceConsumer implements EventConsumer {
  readonly name = CONVOCATION_EVIDENCE.name;
  readonly types = CONVOCATION_EVIDENCE.types;

  constructor(private readonly evidence: ConvocationEvidenceRepository) {}

  async handle(event: DeliveredEvent, m: EntityManager): Promise<void> {
    if (event.version !== 1) throw new NonRetryableEventError(`${event.type} v${event.version} is not known to ${this.name}`);
    if (event.type === 'convocation.issued') return this.evidence.recordIssued(m, event.payload as ConvocationIssuedV1, event.occurredAt);
    if (event.type === 'convocation.acknowledged') return this.evidence.recordAcknowledged(m, event.payload as ConvocationAcknowledgedV1, event.occurredAt);
  }
}
