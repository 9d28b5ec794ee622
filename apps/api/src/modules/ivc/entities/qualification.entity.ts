import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A qualification of a regional repertoire (D.Lgs. 13/2013 art. 8: regional qualifications of the national Repertorio),
 * as data: loaded by the sample seed or imported from a CSV export. `sample`: shipped as a demonstration, not the
 * official list; `verified`: false when some field could not be checked against the official repertoire.
 */
@Entity({ schema: 'ivc', name: 'qualifications' })
@Index('qualifications_region_code_key', ['region', 'code'], { unique: true })
@Check('qualifications_eqf_check', `"eqf_level" BETWEEN 1 AND 8`)
@Check('qualifications_region_check', `"region" ~ '^[0-9]{2}$'`)
export class IvcQualificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'qualifications_pkey' }) id!: string;
  /** ISTAT region code: 01 Piemonte, 03 Lombardia */
  @Column({ type: 'char', length: 2 }) region!: string;
  @Column({ type: 'varchar', length: 40 }) code!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'smallint' }) eqfLevel!: number;
  /** Atlante del lavoro ADA codes */
  @Column({ type: 'text', array: true, default: '{}' }) adaRefs!: string[];
  /** repertoire version / URL / imported file */
  @Column({ type: 'varchar', length: 300 }) source!: string;
  @Column({ type: 'boolean', default: false }) sample!: boolean;
  @Column({ type: 'boolean', default: false }) verified!: boolean;
  @Column({ type: 'timestamptz', default: () => 'now()' }) importedAt!: Date;
}
