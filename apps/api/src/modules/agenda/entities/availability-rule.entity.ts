import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ServiceTypeEntity } from './service-type.entity';

/** A weekly recurring availability of one operator at one office for one service type (Rome wall-clock). */
@Entity({ schema: 'agenda', name: 'availability_rules' })
@Check('availability_rules_weekday_check', '"weekday" BETWEEN 1 AND 7')
@Check('availability_rules_times_check', '"end_time" > "start_time"')
@Check('availability_rules_dates_check', '"valid_to" IS NULL OR "valid_to" >= "valid_from"')
export class AvailabilityRuleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) officeId!: string;
  @Index() @Column({ type: 'uuid' }) operatorId!: string;
  @Column({ type: 'uuid' }) serviceTypeId!: string;
  @ManyToOne(() => ServiceTypeEntity, { onDelete: 'RESTRICT' }) serviceType?: ServiceTypeEntity;
  @Column({ type: 'smallint' }) weekday!: number;
  @Column({ type: 'time' }) startTime!: string;
  @Column({ type: 'time' }) endTime!: string;
  @Column({ type: 'date' }) validFrom!: string;
  @Column({ type: 'date', nullable: true }) validTo!: string | null;
  @Column({ type: 'text', array: true }) channels!: string[];
  @Column({ type: 'char', length: 16 }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
