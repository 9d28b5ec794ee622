import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One event for one consumer: `pending` until the consumer's transaction commits (`done`, written in that same
 * transaction, which is what makes a redelivery harmless), or `dead` after too many failures (operators retry it).
 */
@Entity({ schema: 'events', name: 'deliveries' })
@Unique('deliveries_consumer_event_key', ['consumer', 'eventId'])
@Check('deliveries_status_check', `"status" IN ('pending', 'done', 'dead')`)
@Index('deliveries_due_idx', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Index('deliveries_aggregate_idx', ['consumer', 'aggregateType', 'aggregateId', 'eventId'], { where: `"status" <> 'done'` })
@Index('deliveries_dead_idx', ['deadAt'], { where: `"status" = 'dead'` })
export class EventDeliveryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'varchar', length: 80 }) consumer!: string;
  @Column({ type: 'bigint' }) eventId!: string;
  /** copied from the event: the relay orders by them without joining */
  @Column({ type: 'varchar', length: 40 }) aggregateType!: string;
  @Column({ type: 'varchar', length: 80 }) aggregateId!: string;
  @Column({ type: 'varchar', length: 12, default: 'pending' }) status!: 'pending' | 'done' | 'dead';
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) nextAttemptAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) firstFailedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastAttemptAt!: Date | null;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) processedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) deadAt!: Date | null;
}
