import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { IvcCaseState } from '@opencpi/contracts';
import { IvcAssessorEntity } from './assessor.entity';
import { IvcQualificationEntity } from './qualification.entity';

/**
 * A validation case (D.Lgs. 13/2013). Invariants in the database: the state from its list; a guide from
 * `identification` on, an assessor from `validation` on; the guiding operator is never the assessor nor the one
 * recording the exam (CHECK on fiscal codes); one unfinished case per person and qualification.
 */
@Entity({ schema: 'ivc', name: 'cases' })
@Index('cases_open_key', ['citizenId', 'qualificationId'], { unique: true, where: `"state" IN ('requested', 'identification', 'awaiting_validation', 'validation')` })
@Index('cases_office_idx', ['officeId', 'state'])
@Index('cases_region_idx', ['regionId', 'state'])
@Check('cases_state_check', `"state" IN ('requested', 'identification', 'awaiting_validation', 'validation', 'validated', 'not_validated', 'certified', 'not_certified')`)
@Check('cases_guide_check', `("state" = 'requested') = ("guide_fiscal_code" IS NULL) AND ("guide_fiscal_code" IS NULL) = ("region_id" IS NULL)`)
@Check('cases_assessor_check', `("state" IN ('requested', 'identification', 'awaiting_validation')) = ("assessor_fiscal_code" IS NULL)`)
@Check('cases_assessor_not_guide_check', `"assessor_fiscal_code" IS NULL OR "assessor_fiscal_code" <> "guide_fiscal_code"`)
@Check('cases_exam_check', `("state" IN ('certified', 'not_certified')) = ("exam_recorded_by" IS NOT NULL)`)
@Check('cases_examiner_not_guide_check', `"exam_recorded_by" IS NULL OR "exam_recorded_by" <> "guide_fiscal_code"`)
@Check('cases_exam_outcome_check', `"exam_outcome" IS NULL OR "exam_outcome" IN ('passed', 'failed')`)
export class IvcCaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cases_pkey' }) id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 16 }) fiscalCode!: string;
  /** the person's office: whose operators guide the case */
  @Column({ type: 'uuid' }) officeId!: string;
  /** the guide's region (set on taking charge): whose assessors may assess */
  @Column({ type: 'uuid', nullable: true }) regionId!: string | null;
  @Column({ type: 'uuid' }) qualificationId!: string;
  @ManyToOne(() => IvcQualificationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'qualification_id', foreignKeyConstraintName: 'cases_qualification_fk' })
  qualification?: IvcQualificationEntity;
  @Column({ type: 'varchar', length: 24 }) state!: IvcCaseState;
  @Column({ type: 'varchar', length: 1000, nullable: true }) requestNote!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ type: 'uuid', nullable: true }) guideStaffId!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) guideFiscalCode!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) guideName!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) takenAt!: Date | null;
  @Column({ type: 'text', nullable: true }) identificationSummary!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) identifiedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) assessorId!: string | null;
  @ManyToOne(() => IvcAssessorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessor_id', foreignKeyConstraintName: 'cases_assessor_fk' })
  assessor?: IvcAssessorEntity;
  @Column({ type: 'varchar', length: 16, nullable: true }) assessorFiscalCode!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) assessorName!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) validationClosedAt!: Date | null;
  @Column({ type: 'varchar', length: 6, nullable: true }) examOutcome!: 'passed' | 'failed' | null;
  @Column({ type: 'date', nullable: true }) examDate!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) commissionRef!: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) examNotes!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) examRecordedBy!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) examRecordedByName!: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
