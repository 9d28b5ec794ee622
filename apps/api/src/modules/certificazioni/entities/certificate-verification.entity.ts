import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CertificateEntity } from './certificate.entity';

/**
 * One public verification (by code or by uploading the file): when, how, what it found, and a keyed hash of the
 * verifier's address (never the address). A miss has no certificate. Append-only (trigger in the migration).
 */
@Entity({ schema: 'certificazioni', name: 'verifications' })
@Index('verifications_certificate_idx', ['certificateId', 'at'])
@Check('verifications_method_check', `"method" IN ('code', 'file')`)
@Check('verifications_outcome_check', `"outcome" IN ('authentic', 'revoked', 'not_found')`)
@Check('verifications_certificate_check', `("certificate_id" IS NULL) = ("outcome" = 'not_found')`)
export class CertificateVerificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'verifications_pkey' }) id!: string;
  @Column({ type: 'uuid', nullable: true }) certificateId!: string | null;
  @ManyToOne(() => CertificateEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificate_id', foreignKeyConstraintName: 'verifications_certificate_fk' })
  certificate?: CertificateEntity;
  @Column({ type: 'varchar', length: 4 }) method!: 'code' | 'file';
  @Column({ type: 'varchar', length: 10 }) outcome!: 'authentic' | 'revoked' | 'not_found';
  @Column({ type: 'char', length: 64 }) verifierHash!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
}
