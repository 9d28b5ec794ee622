import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConditionalityCaseEntity } from './case.entity';

/** The timeline of a case: a code and its parameters (rendered from the catalogues). Append-only (trigger). */
@Entity({ schema: 'condizionalita', name: 'case_events' })
@Index('case_events_case_idx', ['caseId', 'at'])
export class CaseEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column({ type: 'uuid' }) caseId!: string;
  @ManyToOne(() => ConditionalityCaseEntity, { onDelete: 'RESTRICT' }) case?: ConditionalityCaseEntity;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
  @Column({ type: 'varchar', length: 40 }) kind!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) actorName!: string | null;
  @Column({ type: 'jsonb' }) params!: Record<string, string>;
}
