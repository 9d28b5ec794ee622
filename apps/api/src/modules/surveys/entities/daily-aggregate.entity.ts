import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Answers per Rome day × office × service kind × channel: counts, the sum of ratings and how many of each rating.
 * Kept in the answer's transaction (an upsert), so results and the KPI dashboards read this, never the answers.
 */
@Entity({ schema: 'surveys', name: 'daily_aggregates' })
export class DailyAggregateEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'daily_aggregates_pkey' }) day!: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'daily_aggregates_pkey' }) officeId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'daily_aggregates_pkey' }) serviceKind!: string;
  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'daily_aggregates_pkey' }) channel!: string;
  @Column({ type: 'int', default: 0 }) answers!: number;
  @Column({ type: 'int', default: 0 }) ratingSum!: number;
  @Column({ type: 'int', default: 0 }) r1!: number;
  @Column({ type: 'int', default: 0 }) r2!: number;
  @Column({ type: 'int', default: 0 }) r3!: number;
  @Column({ type: 'int', default: 0 }) r4!: number;
  @Column({ type: 'int', default: 0 }) r5!: number;
}
