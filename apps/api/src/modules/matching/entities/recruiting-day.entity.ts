import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

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
