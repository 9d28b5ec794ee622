import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One measure's communication to INPS/SIISL (schema `national_systems`). The attempt is counted in its own committed
 * statement before each call, so `attempts` and `firstAttemptAt` ("waiting since…") survive a failed delivery's
 * rollback; `sent` is written in the delivery's transaction, together with the relay's `done` mark.
 */
@Entity({ schema: 'national_systems', name: 'sends' })
@Check('sends_state_check', `"state" IN ('waiting', 'sent', 'failed')`)
@Index('sends_state_idx', ['state', 'firstAttemptAt'])
export class SendEntity {
  @PrimaryColumn({ type: 'uuid' }) measureId!: string;
  /** `measure:<measureId>`: the same on every attempt */
  @Index('sends_idempotency_key_uq', { unique: true }) @Column({ type: 'varchar', length: 120 }) idempotencyKey!: string;
  /** the outbox event that asked for it */
  @Column({ type: 'bigint' }) eventId!: string;
  /** NASPI | DISCOLL | ADI | SFL */
  @Column({ type: 'varchar', length: 10 }) benefit!: string;
  @Column({ type: 'varchar', length: 8, default: 'waiting' }) state!: 'waiting' | 'sent' | 'failed';
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) firstAttemptAt!: Date;
  @Column({ type: 'timestamptz', default: () => 'now()' }) lastAttemptAt!: Date;
  /** a stable code: timeout, network:<code>, http:<status>, invalid-answer */
  @Column({ type: 'varchar', length: 80, nullable: true }) lastError!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) receiptId!: string | null;
  /** the receiver already had the key (an earlier attempt had arrived) */
  @Column({ type: 'boolean', nullable: true }) receiptDuplicate!: boolean | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
}
