import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A versioned quantitative profiling model: logistic coefficients per factor, kept as data. The pathway cut-offs
 * (index bands) are here too. Only one model is current (`active`).
 */
@Entity({ schema: 'patto', name: 'profiling_models' })
export class ProfilingModelEntity {
  @PrimaryColumn({ type: 'varchar', length: 30 }) version!: string;
  @Column({ type: 'numeric', precision: 8, scale: 4 }) intercept!: string;
  /** factor code → coefficient (log-odds) */
  @Column({ type: 'jsonb' }) coefficients!: Record<string, number>;
  /** with no skills gap, an index at or above `high` suggests pathway 2 instead of 1 (see domain/pathway.ts) */
  @Column({ type: 'jsonb' }) cutoffs!: { high: number };
  @Column({ type: 'text' }) note!: string;
  @Column({ type: 'boolean', default: false }) active!: boolean;
  @Column({ type: 'date' }) publishedOn!: string;
}
