import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CertificateLocale } from '@opencpi/contracts';

/**
 * A sealed certificate as issued: the data it speaks of (snapshot taken at issue, jsonb), the sealed PDF and its
 * sha256, the verification code. Invariants in the database: code and hash unique, kind/locale/status from their
 * lists, the attestation date only on attestations, the patto only on patto copies, revocation fields all or none,
 * and a trigger (migration) that lets only a revocation change a row, once, and refuses deletes.
 */
@Entity({ schema: 'certificazioni', name: 'certificates' })
@Index('certificates_code_key', ['code'], { unique: true })
@Index('certificates_sha256_key', ['sha256'], { unique: true })
@Index('certificates_citizen_idx', ['citizenId', 'issuedAt'])
@Check('certificates_kind_check', `"kind" IN ('status_attestation', 'status_history', 'sap_extract', 'patto_copy')`)
@Check('certificates_locale_check', `"locale" IN ('it', 'en', 'ar', 'ro', 'uk')`)
@Check('certificates_issued_via_check', `"issued_via" IN ('citizen', 'operator')`)
@Check('certificates_code_check', `"code" ~ '^[A-Z2-7]{16}$'`)
@Check('certificates_at_date_check', `("at_date" IS NOT NULL) = ("kind" = 'status_attestation')`)
@Check('certificates_patto_check', `("patto_id" IS NOT NULL) = ("kind" = 'patto_copy')`)
@Check('certificates_revocation_check', `("revoked_at" IS NULL) = ("revoked_by" IS NULL) AND ("revoked_at" IS NULL) = ("revoke_reason" IS NULL)`)
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'certificates_pkey' }) id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 16 }) fiscalCode!: string;
  /** the person's office when issued: whose operators may list and revoke it */
  @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'varchar', length: 24 }) kind!: 'status_attestation' | 'status_history' | 'sap_extract' | 'patto_copy';
  @Column({ type: 'varchar', length: 2 }) locale!: CertificateLocale;
  @Column({ type: 'date', nullable: true }) atDate!: string | null;
  @Column({ type: 'uuid', nullable: true }) pattoId!: string | null;
  /** 16 base32 characters (80 bits), stored without the dashes */
  @Column({ type: 'char', length: 16 }) code!: string;
  @Column({ type: 'jsonb' }) snapshot!: Record<string, unknown>;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'bytea' }) pdf!: Buffer;
  @Column({ type: 'timestamptz', default: () => 'now()' }) issuedAt!: Date;
  @Column({ type: 'varchar', length: 10 }) issuedVia!: 'citizen' | 'operator';
  @Column({ type: 'varchar', length: 16 }) issuedBy!: string;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) revokedBy!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) revokeReason!: string | null;
}
