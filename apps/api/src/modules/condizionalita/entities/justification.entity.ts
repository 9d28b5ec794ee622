import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ConditionalityCaseEntity } from './case.entity';

/** The person's justification of a case (one per case; append-only, trigger). Documents live in the reserved area. */
@Entity({ schema: 'condizionalita', name: 'justifications' })
@Unique('justifications_case_key', ['caseId'])
export class JustificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) caseId!: string;
  @ManyToOne(() => ConditionalityCaseEntity, { onDelete: 'RESTRICT' }) case?: ConditionalityCaseEntity;
  @Column({ type: 'varchar', length: 40 }) reasonCode!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'uuid', array: true }) documentIds!: string[];
  @Column({ type: 'char', length: 16 }) submittedBy!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) submittedAt!: Date;
}
