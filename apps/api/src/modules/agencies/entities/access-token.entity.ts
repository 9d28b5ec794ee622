import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyClientEntity } from './agency-client.entity';

/**
 * An opaque bearer token issued to a client: only its SHA-256 is stored (a leaked table gives no usable token).
 * Short-lived (AGENCY_TOKEN_TTL); the accreditation is checked again on every request, not only here.
 */
@Entity({ schema: 'agencies', name: 'access_tokens' })
@Index('access_tokens_expires_idx', ['expiresAt'])
@Index('access_tokens_client_idx', ['clientId'])
export class AccessTokenEntity {
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'access_tokens_pkey' }) tokenHash!: string;
  @Column({ type: 'varchar', length: 80 }) clientId!: string;
  @Column({ type: 'uuid' }) agencyId!: string;
  @Column({ type: 'text', array: true }) scopes!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) issuedAt!: Date;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @ManyToOne(() => AgencyClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'access_tokens_client_fkey' })
  client?: AgencyClientEntity;
}
