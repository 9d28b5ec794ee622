import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An agency's webhook subscription: its receiver (http/https), the event types it wants, and its signing secret
 * sealed with the key ring (AES-256-GCM; the `whsec_` secret is shown to the agency once, when created).
 */
@Entity({ schema: 'agencies', name: 'webhook_subscriptions' })
@Index('webhook_subscriptions_agency_idx', ['agencyId'])
@Check('webhook_subscriptions_url_check', `"url" ~ '^https?://'`)
@Check('webhook_subscriptions_types_check', `cardinality("event_types") > 0`)
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'webhook_subscriptions_pkey' }) id!: string;
  @Column({ type: 'uuid' }) agencyId!: string;
  @Column({ type: 'varchar', length: 500 }) url!: string;
  @Column({ type: 'text', array: true }) eventTypes!: string[];
  /** `<kid>.<iv>.<tag>.<ciphertext>` (base64url) */
  @Column({ type: 'varchar', length: 300 }) secretSealed!: string;
  @Column({ type: 'varchar', length: 80 }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
}
