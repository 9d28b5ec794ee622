import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window request counters, shared by all API replicas (an UNLOGGED table: losing it on a crash is harmless). */
@Entity({ schema: 'platform', name: 'rate_limit_counters' })
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 120 }) key!: string;
  @PrimaryColumn({ type: 'timestamptz' }) windowStart!: Date;
  @Column({ type: 'integer' }) hits!: number;
}
