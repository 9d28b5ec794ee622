import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The evidence of one party's signature of one version. Append-only (trigger); a trigger also checks that the signed
 * hash is the version's hash and that the version is open for signature.
 */
@Entity({ schema: 'patto', name: 'signatures' })
@Unique('signatures_version_party_key', ['versionId', 'party'])
@Check('signatures_party_check', `"party" IN ('citizen', 'operator', 'agency')`)
@Check('signatures_method_check', `"method" IN ('otp_remote', 'session', 'in_person_scan')`)
@Check('signatures_otp_evidence_check', `"method" <> 'otp_remote' OR ("otp_verified_at" IS NOT NULL AND "spid_level" >= 2 AND "session_id" IS NOT NULL)`)
export class PattoSignatureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) versionId!: string;
  @Column({ type: 'varchar', length: 10 }) party!: 'citizen' | 'operator' | 'agency';
  @Column({ type: 'char', length: 16 }) signerFiscalCode!: string;
  @Column({ type: 'varchar', length: 200 }) signerName!: string;
  @Column({ type: 'varchar', length: 20 }) method!: 'otp_remote' | 'session' | 'in_person_scan';
  @Column({ type: 'char', length: 64 }) documentSha256!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) sessionId!: string | null;
  @Column({ type: 'int', nullable: true }) spidLevel!: number | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) otpChannel!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) otpVerifiedAt!: Date | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;
  @Column({ type: 'varchar', length: 400, nullable: true }) userAgent!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) signedAt!: Date;
  @Column({ type: 'uuid', nullable: true }) scanDocumentId!: string | null;
}
