import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface SapData {
  education: { title: string; eqfLevel: number; year?: number }[];
  jobs: { occupation: string; employer?: string; from: string; to?: string }[];
  languages: { language: string; level: string }[];
  licences: string[];
}

/**
 * A declaration of immediate availability (art. 19 D.Lgs. 150/2015). Only one active per person (partial unique
 * index); a revoked one stays as history.
 */
@Entity({ schema: 'patto', name: 'dids' })
@Index('dids_one_active_per_person', ['citizenId'], { unique: true, where: `"status" = 'active'` })
@Check('dids_status_check', `"status" IN ('active', 'revoked')`)
@Check('dids_revoked_check', `("status" = 'revoked') = ("revoked_at" IS NOT NULL)`)
@Check('dids_work_condition_check', `"work_condition" IN ('no_job', 'notice_period', 'low_income_work')`)
@Check('dids_benefit_check', `"benefit" IN ('none', 'naspi', 'dis_coll', 'adi', 'sfl')`)
export class DidEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) fiscalCode!: string;
  @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'active' }) status!: 'active' | 'revoked';
  @Column({ type: 'timestamptz', default: () => 'now()' }) filedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) revokeReason!: string | null;
  @Column({ type: 'varchar', length: 20 }) workCondition!: string;
  @Column({ type: 'date', nullable: true }) lastJobEndDate!: string | null;
  @Column({ type: 'date', nullable: true }) noticeEndDate!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) lowIncomeKind!: string | null;
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true }) expectedAnnualIncome!: string | null;
  @Column({ type: 'varchar', length: 10 }) benefit!: string;
  @Column({ type: 'char', length: 2 }) citizenship!: string;
  /** SAP sections 4 and 5: education, jobs, languages, licences */
  @Column({ type: 'jsonb' }) sap!: SapData;
  /** Rome date by which the person contacts the CPI */
  @Column({ type: 'date' }) contactDeadline!: string;
  @Column({ type: 'int' }) contactDays!: number;
}
