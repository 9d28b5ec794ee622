import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What can be booked: first reception, patto, orientation, specialist interview, group workshop… */
@Entity({ schema: 'agenda', name: 'service_types' })
@Check('service_types_capacity_check', '"capacity" >= 1')
@Check('service_types_duration_check', '"duration_minutes" BETWEEN 5 AND 480')
export class ServiceTypeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 40, unique: true }) code!: string;
  @Column({ type: 'varchar', length: 120 }) nameIt!: string;
  @Column({ type: 'varchar', length: 120 }) nameEn!: string;
  @Column({ type: 'smallint' }) durationMinutes!: number;
  @Column({ type: 'text', array: true }) channels!: string[];
  @Column({ type: 'smallint', default: 1 }) capacity!: number;
  @Column({ type: 'smallint', default: 0 }) bufferBeforeMinutes!: number;
  @Column({ type: 'smallint', default: 0 }) bufferAfterMinutes!: number;
  /** how long before the start a slot can still be booked */
  @Column({ type: 'integer', default: 120 }) minNoticeMinutes!: number;
  /** how far ahead slots can be booked */
  @Column({ type: 'smallint', default: 60 }) horizonDays!: number;
  /** until how many hours before the start the person can cancel or reschedule online */
  @Column({ type: 'smallint', default: 24 }) cancelCutoffHours!: number;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
