import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BenefitType } from './national-systems.port';
import { NationalSystemsError, NationalSystemsPort } from './national-systems.port';
import { NationalSystemsRepository } from './national-systems.repository';
import { NonRetryableEventError, type DeliveredEvent, type EventConsumer } from '../../platform/events/event-consumers';

/**
 * `measure.decided` → INPS (SIISL for ADI/SFL, behind the same port). Each attempt is counted in its own committed
 * statement before the call, so "waiting since…" and the count survive the delivery's rollback; `sent` is written in
 * the delivery's transaction. The idempotency key is `measure:<measureId>` on every attempt: the receiver records
 * the measure once however many attempts reach it. An outage only delays (maxAttempts is high); a refusal of the
 * content marks the measure failed and dead-letters the delivery at once.
 */
@Injectable()
export class SendMeasureConsumer implements EventConsumer {
  readonly name = 'national-systems.send-measure';
  readonly types = ['measure.decided'] as const;
  readonly maxAttempts = 10_000;
  private readonly logger = new Logger('NationalSystemsSendMeasure');

  constructor(
    private readonly port: NationalSystemsPort,
    private readonly repo: NationalSystemsRepository,
  ) {}

  async handle(event: DeliveredEvent, m: EntityManager): Promise<void> {
    if (event.type !== 'measure.decided') return;
    const p = event.payload as DeliveredEvent<'measure.decided'>['payload'];
    const idempotencyKey = `measure:${p.measureId}`;
    const row = await this.repo.recordAttempt({ measureId: p.measureId, idempotencyKey, eventId: event.id, benefit: p.benefit });
    if (row.state === 'sent') return; // already sent and recorded: a redelivery has nothing to do
    try {
      const receipt = await this.port.sendMeasure({
        idempotencyKey,
        measureId: p.measureId,
        citizenFiscalCode: p.citizenFiscalCode,
        benefitId: p.benefitId,
        benefit: p.benefit as BenefitType,
        sanction: p.sanction,
        ruleCode: p.ruleCode,
        ruleVersion: p.ruleVersion,
        legalSource: p.legalSource,
        decidedOn: p.decidedOn,
        reversalOf: p.reversalOf,
      });
      await this.repo.markSent(m, p.measureId, receipt.receiptId, receipt.duplicate);
      this.logger.log(`measure ${p.measureId} sent: attempt ${row.attempts}, receipt ${receipt.receiptId}${receipt.duplicate ? ' (the receiver already had it)' : ''}`);
    } catch (e) {
      const error = e instanceof NationalSystemsError ? e.message : 'internal';
      const refused = e instanceof NationalSystemsError && !e.retryable;
      await this.repo.recordFailure(p.measureId, error, refused);
      this.logger.warn(`measure ${p.measureId} not sent: attempt ${row.attempts}, ${error}${refused ? ', refused (failed)' : ', will retry'}`);
      if (refused) throw new NonRetryableEventError(`national systems refused measure ${p.measureId}: ${error}`);
      throw e;
    }
  }
}
