import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A recruiting day or virtual job fair: companies with their vacancies; candidates sign up. */
@Entity({ schema: 'matching', name: 'recruiting_days' })
@Check('recruiting_days_mode_check', `"mode" IN ('in_person', 'virtual')`)
export class RecruitingDayEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'date' }) day!: string;
  @Column({ type: 'varchar', length: 10 }) mode!: 'in_person' | 'virtual';
  @Column({ type: 'varchar', length: 300 }) place!: string;
  @Column({ type: 'uuid', array: true, default: '{}' }) vacancyIds!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ schema: 'matching', name: 'recruiting_day_signups' })
export class RecruitingDaySignupEntity {
  @PrimaryColumn({ type: 'uuid' }) recruitingDayId!: string;
  @PrimaryColumn({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'uuid', array: true, default: '{}' }) vacancyIds!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) signedUpAt!: Date;
}

/**
 * An interview slot of a recruiting day for one vacancy; one person per slot (conditional update), and one person cannot
 * hold two slots of the same day at the same time (partial unique index).
 */
@Entity({ schema: 'matching', name: 'recruiting_day_slots' })
@Unique('recruiting_day_slots_vacancy_time_key', ['recruitingDayId', 'vacancyId', 'startsAt'])
@Index('recruiting_day_slots_person_time_key', ['recruitingDayId', 'citizenId', 'startsAt'], { unique: true, where: `"citizen_id" IS NOT NULL` })
export class RecruitingDaySlotEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) recruitingDayId!: string;
  @Column({ type: 'uuid' }) vacancyId!: string;
  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'uuid', nullable: true }) citizenId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) bookedAt!: Date | null;
}
