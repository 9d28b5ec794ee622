import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/**
 * A person's delegation to an organisation, for some scopes, over the days [validFrom, validUntil] (Europe/Rome).
 * Granted online by the person (`online`), or uploaded signed by the intermediary (`signed_document`, the PDF in the
 * person's dossier) and then approved or rejected by a CPI operator; only an online or approved one lets the intermediary
 * act. Invariants in the database: a non-empty period, known non-empty scopes, a review exactly for uploaded ones and a
 * reason for a rejection (CHECK); one unrevoked, unrejected delegation per person and organisation at a time (EXCLUDE
 * USING gist on the period); a trigger (migration) refuses deletes and every change but revoking once and reviewing once.
 */
@Entity({ schema: 'intermediaries', name: 'delegations' })
@Check('delegations_period_check', '"valid_until" >= "valid_from"')
@Check('delegations_scopes_check', `cardinality("scopes") > 0 AND "scopes" <@ ARRAY['did', 'appointments', 'documents']::varchar[]`)
@Index('delegations_citizen_idx', ['citizenId', 'grantedAt'])
@Index('delegations_organisation_idx', ['organisationId', 'validUntil'])
@Check('delegations_source_check', `"source" IN ('online', 'signed_document')`)
@Check(
  'delegations_review_check',
  `("source" = 'online' AND "review_state" IS NULL AND "document_id" IS NULL) OR ("source" = 'signed_document' AND "review_state" IN ('pending', 'approved', 'rejected') AND "document_id" IS NOT NULL)`,
)
@Check('delegations_rejection_check', `("review_state" = 'rejected') = ("rejection_reason" IS NOT NULL)`)
@Exclusion(
  'delegations_one_active',
  `USING gist ("citizen_id" WITH =, "organisation_id" WITH =, daterange("valid_from", "valid_until", '[]') WITH &&) WHERE ("revoked_at" IS NULL AND "review_state" IS DISTINCT FROM 'rejected')`,
)
export class DelegationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'delegations_organisation_fk' })
  organisation?: OrganisationEntity;
  /** registry.citizens id (a reference across schemas, not a foreign key) */
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  @Column({ type: 'varchar', length: 200 }) citizenName!: string;
  @Column({ type: 'varchar', length: 20, array: true }) scopes!: string[];
  @Column({ type: 'date' }) validFrom!: string;
  @Column({ type: 'date' }) validUntil!: string;
  @CreateDateColumn({ type: 'timestamptz' }) grantedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'varchar', length: 20 }) source!: 'online' | 'signed_document';
  /** the signed delegation (dossier document of the person) */
  @Column({ type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) reviewState!: 'pending' | 'approved' | 'rejected' | null;
  @Column({ type: 'char', length: 16, nullable: true }) reviewedByFiscalCode!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) rejectionReason!: string | null;
}
