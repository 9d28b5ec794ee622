import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An ESCO occupation (v1.2), each mapped to exactly one ISCO-08 unit group. `source` tells real ESCO from the sample. */
@Entity({ schema: 'matching', name: 'occupations' })
/** gin (lower(label) gin_trgm_ops), created in the migration: autocomplete */
@Index('occupations_label_trgm_idx', { synchronize: false })
export class OccupationEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 200, unique: true }) escoUri!: string;
  @Index() @Column({ type: 'varchar', length: 4 }) iscoCode!: string;
  @Column({ type: 'varchar', length: 300 }) label!: string;
  @Column({ type: 'text', default: '' }) altLabels!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'varchar', length: 20 }) source!: string;
}
