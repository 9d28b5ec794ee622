import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { WebhookAttemptEntity } from '../entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from '../entities/webhook-delivery.entity';
import { WebhookSubscriptionEntity } from '../entities/webhook-subscription.entity';

export interface NewDelivery {
  messageId: string;
  subscriptionId: string;
  agencyId: string;
  eventType: string;
  sourceEventId: string | null;
  body: string;
  replayOf: string | null;
}

/** Every query on webhook subscriptions, deliveries and attempts (schema agencies). */
@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insertSubscription(
    s: Pick<WebhookSubscriptionEntity, 'agencyId' | 'url' | 'eventTypes' | 'secretSealed' | 'createdBy'>,
    m?: EntityManager,
  ): Promise<WebhookSubscriptionEntity> {
    const repo = (m ?? this.db.manager).getRepository(WebhookSubscriptionEntity);
    const { identifiers } = await repo.insert(s);
    return repo.findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  subscriptions(agencyId: string): Promise<WebhookSubscriptionEntity[]> {
    return this.db.getRepository(WebhookSubscriptionEntity).find({ where: { agencyId }, order: { createdAt: 'ASC' } });
  }

  subscription(agencyId: string, id: string): Promise<WebhookSubscriptionEntity | null> {
    return this.db.getRepository(WebhookSubscriptionEntity).findOneBy({ agencyId, id });
  }

  subscriptionById(id: string): Promise<WebhookSubscriptionEntity | null> {
    return this.db.getRepository(WebhookSubscriptionEntity).findOneBy({ id });
  }

  async disable(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(WebhookSubscriptionEntity).update({ id, disabledAt: IsNull() }, { disabledAt: new Date() });
  }

  /** Active subscriptions of these agencies to this event type. */
  activeFor(m: EntityManager, agencyIds: string[], eventType: string): Promise<WebhookSubscriptionEntity[]> {
    if (agencyIds.length === 0) return Promise.resolve([]);
    return m
      .getRepository(WebhookSubscriptionEntity)
      .createQueryBuilder('s')
      .where('s.agency_id IN (:...agencyIds)', { agencyIds })
      .andWhere('s.disabled_at IS NULL')
      .andWhere(':eventType = ANY(s.event_types)', { eventType })
      .getMany();
  }

  /** Inserts deliveries; a second delivery of the same event to the same subscription is ignored. Returns the new ids. */
  async insertDeliveries(m: EntityManager, rows: NewDelivery[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const res = await m
      .createQueryBuilder()
      .insert()
      .into(WebhookDeliveryEntity)
      .values(rows.map((r) => ({ ...r, status: 'pending' as const, attempts: 0 })))
      .orIgnore()
      .returning(['id'])
      .execute();
    return (res.raw as { id: string }[]).map((r) => r.id);
  }

  delivery(id: string): Promise<WebhookDeliveryEntity | null> {
    return this.db.getRepository(WebhookDeliveryEntity).findOneBy({ id });
  }

  deliveryOf(agencyId: string, id: string): Promise<WebhookDeliveryEntity | null> {
    return this.db.getRepository(WebhookDeliveryEntity).findOneBy({ agencyId, id });
  }

  deliveriesPage(agencyId: string, subscriptionId: string | undefined, after: { createdAt: string; id: string } | null, limit: number): Promise<WebhookDeliveryEntity[]> {
    const q = this.db.getRepository(WebhookDeliveryEntity).createQueryBuilder('d').where('d.agency_id = :agencyId', { agencyId });
    if (subscriptionId) q.andWhere('d.subscription_id = :subscriptionId', { subscriptionId });
    if (after) q.andWhere('(d.created_at, d.id) < (:createdAt::timestamptz, :id::uuid)', after);
    return q.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC').limit(limit).getMany();
  }

  async attemptsOf(deliveryIds: string[]): Promise<WebhookAttemptEntity[]> {
    if (deliveryIds.length === 0) return [];
    return this.db.getRepository(WebhookAttemptEntity).find({ where: { deliveryId: In(deliveryIds) }, order: { attempt: 'ASC' } });
  }

  /** Logs one attempt and the delivery's state after it, in one committed transaction of its own (a failure is kept). */
  async recordAttempt(
    deliveryId: string,
    a: Pick<WebhookAttemptEntity, 'attempt' | 'responseStatus' | 'durationMs' | 'result' | 'error'>,
    status: 'pending' | 'succeeded' | 'failed',
  ): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.getRepository(WebhookAttemptEntity).insert({ deliveryId, ...a });
      await m.getRepository(WebhookDeliveryEntity).update({ id: deliveryId }, { attempts: a.attempt, status });
    });
  }

  async markFailed(deliveryId: string): Promise<void> {
    await this.db.getRepository(WebhookDeliveryEntity).update({ id: deliveryId, status: 'pending' }, { status: 'failed' });
  }
}
