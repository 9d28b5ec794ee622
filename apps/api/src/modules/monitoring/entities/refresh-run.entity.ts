import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step of a refresh: which owner refreshed its aggregates, how long it took, whether it worked. */
export interface RefreshStep {
  owner: string;
  durationMs: number;
  ok: boolean;
  error?: string;
}

/** One refresh of the owners' aggregates (nightly, or on demand by a region admin). */
@Entity({ schema: 'monitoring', name: 'refresh_runs' })
@Index('refresh_runs_started_idx', ['startedAt'])
@Check('refresh_runs_state_check', `"state" IN ('running', 'succeeded', 'failed')`)
@Check('refresh_runs_trigger_check', `"trigger" IN ('schedule', 'manual')`)
export class RefreshRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'refresh_runs_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 10 }) state!: 'running' | 'succeeded' | 'failed';
  @Column({ type: 'varchar', length: 10 }) trigger!: 'schedule' | 'manual';
  @Column({ type: 'char', length: 16, nullable: true }) requestedBy!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) startedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ type: 'jsonb', default: () => `'[]'` }) steps!: RefreshStep[];
}
