import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Data-driven rules with their sources, versioned: the discriminatory-ad patterns (kind `ad_flag`) and the congruous-
 * offer parameters (kind `congruity`). `verified = false` marks what the sources leave open.
 */
@Entity({ schema: 'matching', name: 'rules' })
export class MatchingRuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 }) kind!: 'ad_flag' | 'congruity';
  @PrimaryColumn({ type: 'varchar', length: 60 }) code!: string;
  @PrimaryColumn({ type: 'varchar', length: 20 }) version!: string;
  /** ad_flag: { pattern (POSIX regex, case-insensitive), fields[] }; congruity: parameters */
  @Column({ type: 'jsonb' }) value!: Record<string, unknown>;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'text' }) source!: string;
  @Column({ type: 'boolean' }) verified!: boolean;
}
