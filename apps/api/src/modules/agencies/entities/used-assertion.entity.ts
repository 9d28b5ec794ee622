import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyClientEntity } from './agency-client.entity';

/** A client assertion already exchanged for a token: the primary key refuses a replayed `jti` (RFC 7523 §3 item 7). */
@Entity({ schema: 'agencies', name: 'used_assertions' })
@Index('used_assertions_expires_idx', ['expiresAt'])
export class UsedAssertionEntity {
  @PrimaryColumn({ type: 'varchar', length: 80, primaryKeyConstraintName: 'used_assertions_pkey' }) clientId!: string;
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'used_assertions_pkey' }) jti!: string;
  /** the assertion's `exp`: after it the row may be deleted (the assertion would be refused as expired anyway) */
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @ManyToOne(() => AgencyClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'used_assertions_client_fkey' })
  client?: AgencyClientEntity;
}
