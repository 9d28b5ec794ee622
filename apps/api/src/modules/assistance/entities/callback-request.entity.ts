import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "Preferisco essere richiamato": a person asks their CPI to call them back, at a phone number and a part of the day
 * they choose. Open until an operator of the person's office records the call (done, or no answer). One open request
 * per person: the database keeps it (a second one while the first is open is refused).
 */
@Entity({ schema: 'assistance', name: 'callback_requests' })
@Index('callback_requests_open_key', ['citizenId'], { unique: true, where: `"status" = 'open'` })
@Index('callback_requests_office_idx', ['officeId', 'status', 'requestedAt'])
@Check('callback_requests_window_check', `"time_window" IN ('morning', 'afternoon', 'any')`)
@Check('callback_requests_status_check', `"status" IN ('open', 'done', 'no_answer')`)
@Check('callback_requests_handled_check', `("status" = 'open') = ("handled_at" IS NULL) AND ("handled_at" IS NULL) = ("handled_by" IS NULL)`)
export class CallbackRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'callback_requests_pkey' }) id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 16 }) fiscalCode!: string;
  @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'varchar', length: 20 }) phone!: string;
  @Column({ type: 'varchar', length: 10 }) timeWindow!: 'morning' | 'afternoon' | 'any';
  @Column({ type: 'varchar', length: 500, nullable: true }) topic!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'open' }) status!: 'open' | 'done' | 'no_answer';
  @CreateDateColumn({ type: 'timestamptz' }) requestedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) handledAt!: Date | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) handledBy!: string | null;
}
