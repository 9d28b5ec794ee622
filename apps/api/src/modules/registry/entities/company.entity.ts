import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type CompanyStatusValue = 'pending' | 'approved' | 'rejected';

/** A company: declared by its legal representative (pending), approved or rejected by an operator of the CPI of its main site. */
@Entity({ schema: 'registry', name: 'companies' })
@Index('companies_status_idx', ['status', 'comuneIstat'])
@Check('companies_status_check', `"status" IN ('pending', 'approved', 'rejected')`)
@Check('companies_review_check', `("status" = 'pending') = ("reviewed_at" IS NULL) AND ("status" = 'rejected') = ("rejection_reason" IS NOT NULL)`)
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'char', length: 11, unique: true }) vatNumber!: string;
  /** codice fiscale when it differs from the partita IVA (11 digits, or a sole trader's 16 characters) */
  @Column({ type: 'varchar', length: 16, nullable: true }) fiscalCode!: string | null;
  /** ATECO 2007 code, e.g. 56.10.11 */
  @Column({ type: 'varchar', length: 10 }) atecoCode!: string;
  /** the main site's comune: its CPI reviews the company and runs its company desk */
  @Column({ type: 'char', length: 6 }) comuneIstat!: string;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status!: CompanyStatusValue;
  @Column({ type: 'char', length: 16, nullable: true }) declaredBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) rejectionReason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
