import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CredentialStatusEntryEntity } from './credential-status.entity';

/**
 * An Open Badges 3.0 credential as issued: the signed vc+jwt and its JSON, what it was issued for (source), its entry in
 * the status list. Invariants: one status entry per credential, one unrevoked credential per person and source,
 * revocation all-or-none, and a trigger (migration) that lets only a revocation change a row, once, and refuses deletes.
 */
@Entity({ schema: 'certificazioni', name: 'credentials' })
@Index('credentials_status_key', ['statusListId', 'statusIndex'], { unique: true })
@Index('credentials_source_key', ['citizenId', 'sourceKind', 'sourceId'], { unique: true, where: '"revoked_at" IS NULL' })
@Index('credentials_citizen_idx', ['citizenId', 'issuedAt'])
@Index('credentials_source_idx', ['sourceKind', 'sourceId'])
@Check('credentials_validity_check', `"valid_until" IS NULL OR "valid_until" > "valid_from"`)
@Check('credentials_revocation_check', `("revoked_at" IS NULL) = ("revoked_by" IS NULL) AND ("revoked_at" IS NULL) = ("revoke_reason" IS NULL)`)
export class CredentialEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'credentials_pkey' }) id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  /** the person's office when issued: whose operators may list and revoke it */
  @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'varchar', length: 40 }) sourceKind!: string;
  @Column({ type: 'varchar', length: 100 }) sourceId!: string;
  @Column({ type: 'varchar', length: 300 }) name!: string;
  @Column({ type: 'varchar', length: 300 }) achievementName!: string;
  @Column({ type: 'varchar', length: 300 }) issuerDid!: string;
  @Column({ type: 'integer' }) statusListId!: number;
  @Column({ type: 'integer' }) statusIndex!: number;
  @ManyToOne(() => CredentialStatusEntryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'status_list_id', referencedColumnName: 'statusListId', foreignKeyConstraintName: 'credentials_status_fk' },
    { name: 'status_index', referencedColumnName: 'statusIndex', foreignKeyConstraintName: 'credentials_status_fk' },
  ])
  statusEntry?: CredentialStatusEntryEntity;
  /** the application/vc+jwt as issued (compact JWS) */
  @Column({ type: 'text' }) jwt!: string;
  /** the OpenBadgeCredential JSON (the JWS payload) */
  @Column({ type: 'jsonb' }) credential!: Record<string, unknown>;
  @Column({ type: 'timestamptz' }) validFrom!: Date;
  @Column({ type: 'timestamptz', nullable: true }) validUntil!: Date | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) issuedAt!: Date;
  @Column({ type: 'varchar', length: 16 }) issuedBy!: string;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) revokedBy!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) revokeReason!: string | null;
}
