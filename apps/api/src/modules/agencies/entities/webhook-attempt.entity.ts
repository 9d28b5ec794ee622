import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** Every attempt of a delivery: when, the receiver's status code (none when it did not answer), how long, the result. */
@Entity({ schema: 'agencies', name: 'webhook_attempts' })
@Unique('webhook_attempts_delivery_attempt_key', ['deliveryId', 'attempt'])
@Check('webhook_attempts_result_check', `"result" IN ('succeeded', 'failed')`)
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'webhook_attempts_pkey' }) id!: string;
  @Column({ type: 'uuid' }) deliveryId!: string;
  @ManyToOne(() => WebhookDeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'webhook_attempts_delivery_fkey' })
  delivery?: WebhookDeliveryEntity;
  @Column({ type: 'int' }) attempt!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
  @Column({ type: 'int', nullable: true }) responseStatus!: number | null;
  @Column({ type: 'int' }) durationMs!: number;
  @Column({ type: 'varchar', length: 10 }) result!: 'succeeded' | 'failed';
  @Column({ type: 'varchar', length: 500, nullable: true }) error!: string | null;
}
