import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Figures set by law for conditionality (the justification window), versioned by the day they apply from, with
 * their source; `verified = false` marks what the sources leave open. Rows are data, seeded by migration.
 */
@Entity({ schema: 'condizionalita', name: 'legal_parameters' })
export class ConditionalityParameterEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 }) key!: string;
  @PrimaryColumn({ type: 'date' }) validFrom!: string;
  @Column({ type: 'numeric', precision: 14, scale: 4 }) value!: string;
  @Column({ type: 'varchar', length: 20 }) unit!: string;
  @Column({ type: 'text' }) source!: string;
  @Column({ type: 'boolean' }) verified!: boolean;
  @Column({ type: 'text', nullable: true }) note!: string | null;
}
