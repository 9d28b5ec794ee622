import { Injectable } from '@nestjs/common';
import type { AgencyServiceDeliveredV1 } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { NonRetryableEventError, type DeliveredEvent, type EventConsumer } from '../../../platform/events/event-consumers';
import { PlanRepository } from '../plan/plan.repository';

/**
 * `patto.agency-services`: a service an accredited agency delivered (`agency.service-delivered`) joins the person's
 * plan as a done item of source `agency` (kind `agency_service`, the standard code as title, the agency's name), once
 * per service: a redelivered event adds nothing.
 */
@Injectable()
export class AgencyServiceConsumer implements EventConsumer {
  readonly name = 'patto.agency-services';
  readonly types = ['agency.service-delivered'] as const;

  constructor(private readonly plan: PlanRepository) {}

  async handle(event: DeliveredEvent, m: EntityManager): Promise<void> {
    if (event.version !== 1) throw new NonRetryableEventError(`${event.type} v${event.version} is not known to ${this.name}`);
    const p = event.payload as AgencyServiceDeliveredV1;
    await this.plan.insertExternalItem(m, {
      externalRef: `agency-service:${p.serviceId}`,
      citizenId: p.citizenId,
      source: 'agency',
      kind: 'agency_service',
      title: p.code,
      agencyName: p.agencyName,
      activityDate: p.deliveredOn,
      status: 'done',
      statusAt: event.occurredAt,
    });
  }
}
