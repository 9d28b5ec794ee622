import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Each call to a provider for a message: when, with what outcome, the provider's id or error. Append-only:
 * the proof of what was attempted (a convocation's deliveries are read from here).
 */
@Entity({ schema: 'notifications', name: 'delivery_attempts' })
@Check('delivery_attempts_outcome_check', `"outcome" IN ('sent', 'failed')`)
export class DeliveryAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Index() @Column({ type: 'uuid' }) messageId!: string;
  @Column({ type: 'integer' }) attempt!: number;
  @Column({ type: 'varchar', length: 10 }) channel!: string;
  @Column({ type: 'timestamptz' }) startedAt!: Date;
  @Column({ type: 'timestamptz' }) finishedAt!: Date;
  @Column({ type: 'varchar', length: 10 }) outcome!: 'sent' | 'failed';
  @Column({ type: 'varchar', length: 200, nullable: true }) providerMessageId!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) error!: string | null;
}
