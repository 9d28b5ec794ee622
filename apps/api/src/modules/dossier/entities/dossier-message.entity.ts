import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A secure message between the person and the CPI, with its read receipt. */
@Entity({ schema: 'dossier', name: 'messages' })
@Index('dossier_messages_citizen_idx', ['citizenId', 'sentAt'])
@Check('dossier_messages_sender_check', `"sender_role" IN ('citizen', 'operator')`)
export class DossierMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 10 }) senderRole!: 'citizen' | 'operator';
  @Column({ type: 'char', length: 16 }) senderFiscalCode!: string;
  @Column({ type: 'varchar', length: 200 }) senderName!: string;
  @Column({ type: 'text' }) body!: string;
  @CreateDateColumn({ type: 'timestamptz' }) sentAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;
  @Column({ type: 'char', length: 16, nullable: true }) readBy!: string | null;
}
