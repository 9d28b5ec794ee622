import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AssignmentEntity } from './assignment.entity';

/** The outcome of an assignment: hired (contract type, start day, employer) or closed with a reason. One per assignment. */
@Entity({ schema: 'agencies', name: 'outcomes' })
@Check('outcomes_kind_check', `"kind" IN ('hired', 'closed')`)
@Check(
  'outcomes_fields_check',
  `("kind" = 'hired' AND "contract_type" IS NOT NULL AND "start_date" IS NOT NULL AND "employer_vat_number" IS NOT NULL AND "employer_name" IS NOT NULL) OR ("kind" = 'closed' AND "reason" IS NOT NULL)`,
)
export class OutcomeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'outcomes_pkey' }) assignmentId!: string;
  @OneToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'outcomes_assignment_fkey' })
  assignment?: AssignmentEntity;
  @Column({ type: 'varchar', length: 10 }) kind!: 'hired' | 'closed';
  @Column({ type: 'varchar', length: 30, nullable: true }) contractType!: string | null;
  @Column({ type: 'date', nullable: true }) startDate!: string | null;
  @Column({ type: 'char', length: 11, nullable: true }) employerVatNumber!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) employerName!: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) reason!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) note!: string | null;
  @Column({ type: 'varchar', length: 80 }) recordedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) recordedAt!: Date;
}
