import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

/**
 * One message to one subscription: the Standard Webhooks `webhook-id` (`messageId`, the same for a replay), the event,
 * the body sent (as it is signed), its state and attempts. A domain event makes at most one delivery per subscription.
 */
@Entity({ schema: 'agencies', name: 'webhook_deliveries' })
@Index('webhook_deliveries_event_key', ['subscriptionId', 'sourceEventId'], { unique: true, where: `"replay_of" IS NULL` })
@Index('webhook_deliveries_agency_idx', ['agencyId', 'createdAt', 'id'])
@Check('webhook_deliveries_status_check', `"status" IN ('pending', 'succeeded', 'failed')`)
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhook_deliveries_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 60 }) messageId!: string;
  @Column({ type: 'uuid' }) subscriptionId!: string;
  @ManyToOne(() => WebhookSubscriptionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'webhook_deliveries_subscription_fkey' })
  subscription?: WebhookSubscriptionEntity;
  @Column({ type: 'uuid' }) agencyId!: string;
  @Column({ type: 'varchar', length: 40 }) eventType!: string;
  /** the outbox event it came from (bigint as a string) */
  @Column({ type: 'bigint', nullable: true }) sourceEventId!: string | null;
  /** the exact JSON body that is signed and sent */
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'varchar', length: 10 }) status!: 'pending' | 'succeeded' | 'failed';
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'uuid', nullable: true }) replayOf!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
