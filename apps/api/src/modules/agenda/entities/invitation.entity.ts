import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "Choose a slot within N days": the person receives a signed, single-purpose, expiring link. Only the
 * SHA-256 of the link token is stored; the link works without logging in and only for this booking.
 */
@Entity({ schema: 'agenda', name: 'invitations' })
@Check('invitations_status_check', `"status" IN ('sent', 'booked', 'expired', 'escalated', 'cancelled')`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  @Index() @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'uuid' }) serviceTypeId!: string;
  @Column({ type: 'char', length: 64, unique: true }) tokenHash!: string;
  @Column({ type: 'varchar', length: 20, default: 'sent' }) status!: 'sent' | 'booked' | 'expired' | 'escalated' | 'cancelled';
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) reminderSentAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) appointmentId!: string | null;
  @Column({ type: 'uuid', nullable: true }) convocationId!: string | null;
  /** the first time the link was opened (an outreach campaign's "opened link") */
  @Column({ type: 'timestamptz', nullable: true }) openedAt!: Date | null;
  @Column({ type: 'char', length: 16 }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
