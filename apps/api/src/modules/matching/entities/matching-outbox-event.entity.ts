import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Domain events of the matching module (e.g. `offer.refused`) for the conditionality module, written in the same transaction. */
@Entity({ schema: 'matching', name: 'outbox_events' })
export class MatchingOutboxEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'varchar', length: 60 }) type!: string;
  @Column({ type: 'uuid' }) aggregateId!: string;
  @Column({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
}
