import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CredentialEntity } from './credential.entity';

export const CREDENTIAL_RESULTS = ['valid', 'revoked', 'expired', 'tampered', 'untrusted_issuer', 'invalid'] as const;
export const CREDENTIAL_CHECKS = ['structure', 'context', 'signature', 'issuer_trust', 'validity_period', 'status'] as const;

/**
 * One public verification of a credential: when, the result, the failed check, the credential when it is one of ours,
 * and a keyed hash of the verifier's address (never the address). Append-only (trigger in the migration).
 */
@Entity({ schema: 'certificazioni', name: 'credential_verifications' })
@Index('credential_verifications_credential_idx', ['credentialId', 'at'])
@Check('credential_verifications_result_check', `"result" IN ('valid', 'revoked', 'expired', 'tampered', 'untrusted_issuer', 'invalid')`)
@Check(
  'credential_verifications_failed_check_check',
  `("failed_check" IS NULL) = ("result" = 'valid') AND ("failed_check" IS NULL OR "failed_check" IN ('structure', 'context', 'signature', 'issuer_trust', 'validity_period', 'status'))`,
)
export class CredentialVerificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'credential_verifications_pkey' }) id!: string;
  @Column({ type: 'uuid', nullable: true }) credentialId!: string | null;
  @ManyToOne(() => CredentialEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'credential_id', foreignKeyConstraintName: 'credential_verifications_credential_fk' })
  credential?: CredentialEntity;
  @Column({ type: 'varchar', length: 16 }) result!: (typeof CREDENTIAL_RESULTS)[number];
  @Column({ type: 'varchar', length: 16, nullable: true }) failedCheck!: (typeof CREDENTIAL_CHECKS)[number] | null;
  @Column({ type: 'char', length: 64 }) verifierHash!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
}
