import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IvcCaseEntity } from './case.entity';

/**
 * An output of the case (documento di trasparenza, documento di validazione, certificato): the data printed (snapshot),
 * the sealed PDF and its sha256, and the Open Badge issued by the credentials service. One per kind and case; a
 * trigger (migration) keeps it unchanged once written, but for attaching the badge once.
 */
@Entity({ schema: 'ivc', name: 'outputs' })
@Index('outputs_case_kind_key', ['caseId', 'kind'], { unique: true })
@Index('outputs_sha256_key', ['sha256'], { unique: true })
@Check('outputs_kind_check', `"kind" IN ('transparency', 'validation', 'certificate')`)
export class IvcOutputEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outputs_pkey' }) id!: string;
  @Column({ type: 'uuid' }) caseId!: string;
  @ManyToOne(() => IvcCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'outputs_case_fk' })
  case?: IvcCaseEntity;
  @Column({ type: 'varchar', length: 12 }) kind!: 'transparency' | 'validation' | 'certificate';
  @Column({ type: 'jsonb' }) snapshot!: Record<string, unknown>;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'bytea' }) pdf!: Buffer;
  /** the OpenBadgeCredential's id in certificazioni (CredentialsService) */
  @Column({ type: 'uuid', nullable: true }) credentialId!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) issuedAt!: Date;
}
