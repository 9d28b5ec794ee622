import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One part of a person's dossier that one agency may see, for one purpose, over [validFrom, validUntil). Invariants in
 * the database: the period is not empty (CHECK), no two unrevoked grants of the same person, agency, part and purpose
 * overlap (EXCLUDE USING gist), and a trigger (migration) keeps a revoked grant revoked and refuses deletes and any
 * other change: the ledger is a history.
 */
@Entity({ schema: 'consent', name: 'grants' })
@Check('grants_period_check', '"valid_until" > "valid_from"')
@Check('grants_part_check', `"part" IN ('registry', 'did', 'profile', 'patto', 'plan', 'appointments', 'documents')`)
@Check('grants_purpose_check', `"purpose" IN ('job_placement', 'gol_pathway', 'guidance', 'training', 'other')`)
@Check('grants_source_check', `"source" IN ('citizen', 'patto')`)
@Index('grants_citizen_idx', ['citizenId', 'grantedAt'])
@Index('grants_agency_part_idx', ['agencyId', 'part'])
@Exclusion(
  'grants_no_overlap',
  `USING gist ("citizen_id" WITH =, "agency_id" WITH =, "part" WITH =, "purpose" WITH =, tstzrange("valid_from", "valid_until") WITH &&) WHERE ("revoked_at" IS NULL)`,
)
export class ConsentGrantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'uuid' }) agencyId!: string;
  @Column({ type: 'varchar', length: 20 }) part!: string;
  @Column({ type: 'varchar', length: 20 }) purpose!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) purposeText!: string | null;
  /** start of the first day in Europe/Rome */
  @Column({ type: 'timestamptz' }) validFrom!: Date;
  /** start of the day after the last one (exclusive) */
  @Column({ type: 'timestamptz' }) validUntil!: Date;
  @Column({ type: 'varchar', length: 10 }) source!: 'citizen' | 'patto';
  /** the patto whose signature gave the grant (source 'patto') */
  @Column({ type: 'uuid', nullable: true }) pattoId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) grantedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
