import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A secure message with its read receipt, in one thread: a person's with the CPI (`citizenId`), or a company's with its
 * CPI's company desk (`companyId`); exactly one of the two.
 */
@Entity({ schema: 'dossier', name: 'messages' })
@Index('dossier_messages_citizen_idx', ['citizenId', 'sentAt'])
@Index('dossier_messages_company_idx', ['companyId', 'sentAt'])
@Check('dossier_messages_sender_check', `"sender_role" IN ('citizen', 'operator', 'company')`)
@Check(
  'dossier_messages_owner_check',
  `num_nonnulls("citizen_id", "company_id") = 1 AND ("sender_role" = 'citizen') <= ("citizen_id" IS NOT NULL) AND ("sender_role" = 'company') <= ("company_id" IS NOT NULL)`,
)
export class DossierMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid', nullable: true }) citizenId!: string | null;
  @Column({ type: 'uuid', nullable: true }) companyId!: string | null;
  @Column({ type: 'varchar', length: 10 }) senderRole!: 'citizen' | 'operator' | 'company';
  @Column({ type: 'char', length: 16 }) senderFiscalCode!: string;
  @Column({ type: 'varchar', length: 200 }) senderName!: string;
  @Column({ type: 'text' }) body!: string;
  @CreateDateColumn({ type: 'timestamptz' }) sentAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;
  @Column({ type: 'char', length: 16, nullable: true }) readBy!: string | null;
}
