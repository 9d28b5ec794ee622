import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Domain events published by the agenda (transactional outbox): written in the same transaction as the
 * change, then relayed to their consumers. `attendance.recorded` is consumed by conditionality.
 */
@Entity({ schema: 'agenda', name: 'outbox_events' })
@Index('outbox_events_unpublished_idx', ['createdAt'], { where: '"published_at" IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'varchar', length: 80 }) topic!: string;
  @Column({ type: 'uuid' }) aggregateId!: string;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
}
