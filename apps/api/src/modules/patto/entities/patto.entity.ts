import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PattoStatus = 'draft' | 'proposed' | 'signed' | 'amended' | 'closed';

/** A Patto di Servizio Personalizzato (art. 20): versions hold the content. One active (not closed) per person. */
@Entity({ schema: 'patto', name: 'patti' })
@Index('patti_one_active_per_person', ['citizenId'], { unique: true, where: `"status" <> 'closed'` })
@Check('patti_status_check', `"status" IN ('draft', 'proposed', 'signed', 'amended', 'closed')`)
@Index('patti_signature_overdue_pending_idx', ['signatureDueDate'], { where: `"signature_overdue_published_at" IS NULL` })
export class PattoEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  @Index() @Column({ type: 'uuid' }) officeId!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) agencyId!: string | null;
  @Column({ type: 'uuid' }) responsibleStaffId!: string;
  @Column({ type: 'varchar', length: 10, default: 'draft' }) status!: PattoStatus;
  @Column({ type: 'int', default: 1 }) currentVersion!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) closeReason!: string | null;
  /** Rome date by which the version waiting for signatures is to be signed (set at each proposal) */
  @Column({ type: 'date', nullable: true }) signatureDueDate!: string | null;
  /** when `patto.signature-overdue` was published for the current due date (once; cleared by a new proposal) */
  @Column({ type: 'timestamptz', nullable: true }) signatureOverduePublishedAt!: Date | null;
}
