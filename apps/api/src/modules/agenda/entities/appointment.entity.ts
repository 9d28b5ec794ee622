import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ServiceTypeEntity } from './service-type.entity';
import { SlotEntity } from './slot.entity';

export type AppointmentStatus = 'booked' | 'cancelled' | 'attended' | 'absent' | 'absent_justified' | 'late_cancelled';

/**
 * A person's booking of a slot. A person holds at most one live booking per slot, and one per service (partial unique
 * indexes). `live`: booked and not yet ended; cleared by a trigger when the status leaves 'booked' and by the agenda's
 * sweep once the end has passed (migration AppointmentLiveBooking, which also copies `service_type_id` from the slot).
 */
@Entity({ schema: 'agenda', name: 'appointments' })
@Check('appointments_status_check', `"status" IN ('booked', 'cancelled', 'attended', 'absent', 'absent_justified', 'late_cancelled')`)
@Check('appointments_channel_check', `"channel" IN ('in_person', 'video', 'phone')`)
@Check('appointments_recall_answer_check', `"recall_answer" IS NULL OR "recall_answer" IN ('coming', 'not_coming')`)
@Check('appointments_live_check', `NOT "live" OR "status" = 'booked'`)
@Index('appointments_one_live_per_slot_person', ['slotId', 'citizenId'], { unique: true, where: `"status" = 'booked'` })
@Index('appointments_one_live_per_person_service', ['citizenId', 'serviceTypeId'], { unique: true, where: `"live"` })
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) slotId!: string;
  @ManyToOne(() => SlotEntity, { onDelete: 'RESTRICT' }) slot?: SlotEntity;
  @Index() @Column({ type: 'uuid' }) citizenId!: string;
  /** the slot's service (filled by the trigger) */
  @Column({ type: 'uuid' }) serviceTypeId!: string;
  @ManyToOne(() => ServiceTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_type_id', foreignKeyConstraintName: 'FK_appointments_service_type' })
  serviceType?: ServiceTypeEntity;
  /** booked and not yet ended (see the class comment) */
  @Column({ type: 'boolean', default: true }) live!: boolean;
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
