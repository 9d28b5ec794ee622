import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Figures set by law, versioned by the day they apply from, with their source. Rows are data (seeded by migration),
 * so a change in the law is a new row, not a code change. `verified = false` marks what the sources leave open.
 */
@Entity({ schema: 'patto', name: 'legal_parameters' })
export class LegalParameterEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 }) key!: string;
  @PrimaryColumn({ type: 'date' }) validFrom!: string;
  @Column({ type: 'numeric', precision: 14, scale: 4 }) value!: string;
  @Column({ type: 'varchar', length: 20 }) unit!: string;
  @Column({ type: 'text' }) source!: string;
  @Column({ type: 'boolean' }) verified!: boolean;
  @Column({ type: 'text', nullable: true }) note!: string | null;
}
