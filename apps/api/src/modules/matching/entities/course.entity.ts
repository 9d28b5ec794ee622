import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The training catalogue, managed by operators: which skills each course teaches. */
@Entity({ schema: 'matching', name: 'courses' })
@Check('courses_mode_check', `"mode" IN ('in_person', 'online', 'blended')`)
@Check('courses_dates_check', `"end_date" >= "start_date"`)
@Index('courses_skill_ids_gin', { synchronize: false })
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) provider!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'int', array: true }) skillIds!: number[];
  @Column({ type: 'smallint', nullable: true }) eqf!: number | null;
  @Column({ type: 'smallint' }) hours!: number;
  @Column({ type: 'varchar', length: 10 }) mode!: string;
  @Column({ type: 'char', length: 6, nullable: true }) comuneIstat!: string | null;
  @Column({ type: 'date' }) startDate!: string;
  @Column({ type: 'date' }) endDate!: string;
  @Column({ type: 'smallint' }) seats!: number;
  @Column({ type: 'boolean' }) free!: boolean;
  @Column({ type: 'boolean' }) golEligible!: boolean;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
