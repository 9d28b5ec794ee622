import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The platform's event outbox (schema `events`): every domain event of every module, written in the
 * transaction of the change that caused it. `id` gives the global order; delivery is in order per aggregate.
 */
@Entity({ schema: 'events', name: 'outbox' })
@Index('outbox_aggregate_idx', ['aggregateType', 'aggregateId', 'id'])
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Index() @Column({ type: 'varchar', length: 80 }) type!: string;
  @Column({ type: 'smallint' }) version!: number;
  @Column({ type: 'varchar', length: 40 }) aggregateType!: string;
  @Column({ type: 'varchar', length: 80 }) aggregateId!: string;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Column({ type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;
}
