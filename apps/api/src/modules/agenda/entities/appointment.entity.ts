import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SlotEntity } from './slot.entity';

export type AppointmentStatus = 'booked' | 'cancelled' | 'attended' | 'absent' | 'absent_justified' | 'late_cancelled';

/** A person's booking of a slot. A person holds at most one live booking per slot (partial unique index). */
@Entity({ schema: 'agenda', name: 'appointments' })
@Check('appointments_status_check', `"status" IN ('booked', 'cancelled', 'attended', 'absent', 'absent_justified', 'late_cancelled')`)
@Check('appointments_channel_check', `"channel" IN ('in_person', 'video', 'phone')`)
@Check('appointments_recall_answer_check', `"recall_answer" IS NULL OR "recall_answer" IN ('coming', 'not_coming')`)
@Index('appointments_one_live_per_slot_person', ['slotId', 'citizenId'], { unique: true, where: `"status" = 'booked'` })
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) slotId!: string;
  @ManyToOne(() => SlotEntity, { onDelete: 'RESTRICT' }) slot?: SlotEntity;
  @Index() @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  @Column({ type: 'varchar', length: 10 }) channel!: 'in_person' | 'video' | 'phone';
  @Column({ type: 'varchar', length: 20, default: 'booked' }) status!: AppointmentStatus;
  @Column({ type: 'varchar', length: 20 }) source!: 'citizen' | 'invitation' | 'operator' | 'convocation';
  @Column({ type: 'varchar', length: 300, nullable: true }) cancelReason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) bookedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) attendanceRecordedAt!: Date | null;
  /** the person's answer to the "are you coming?" recall */
  @Column({ type: 'varchar', length: 12, nullable: true }) recallAnswer!: 'coming' | 'not_coming' | null;
  @Column({ type: 'timestamptz', nullable: true }) recallAnsweredAt!: Date | null;
}
