import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One message to one person on one channel. Written in the same transaction as the business change
 * (it is the outbox), queued by the dispatcher when due, then sent by a job; `dedupe_key` makes a second request for the same message a no-op.
 */
@Entity({ schema: 'notifications', name: 'messages' })
@Check('messages_channel_check', `"channel" IN ('email', 'sms', 'io')`)
@Check('messages_status_check', `"status" IN ('pending', 'sent', 'failed', 'skipped')`)
@Index('messages_pending_idx', ['notBefore'], { where: `"status" = 'pending'` })
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200, unique: true }) dedupeKey!: string;
  @Index() @Column({ type: 'char', length: 16 }) recipientFiscalCode!: string;
  @Column({ type: 'varchar', length: 10 }) channel!: 'email' | 'sms' | 'io';
  @Column({ type: 'varchar', length: 200 }) address!: string;
  @Column({ type: 'varchar', length: 60 }) template!: string;
  @Column({ type: 'varchar', length: 5 }) locale!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status!: 'pending' | 'sent' | 'failed' | 'skipped';
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) lastError!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) providerMessageId!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) notBefore!: Date;
  /** when the dispatcher handed it to the queue (null: still in the outbox only) */
  @Column({ type: 'timestamptz', nullable: true }) queuedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
