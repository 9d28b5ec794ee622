import type { JSONWebKeySet } from 'jose';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A JSON Web Key Set holding only public keys (what an agency registers). */
export type PublicJwks = JSONWebKeySet;

/**
 * A machine client of an agency (OAuth 2.0 client credentials, `private_key_jwt` client authentication, RFC 7523):
 * its public keys (JWKS) and the scopes it may ask for. Revoked clients get no token and their tokens stop working.
 */
@Entity({ schema: 'agencies', name: 'clients' })
@Index('clients_agency_idx', ['agencyId'])
export class AgencyClientEntity {
  @PrimaryColumn({ type: 'varchar', length: 80, primaryKeyConstraintName: 'clients_pkey' }) clientId!: string;
  @Column({ type: 'uuid' }) agencyId!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'jsonb' }) jwks!: PublicJwks;
  /** the scopes this client may be granted */
  @Column({ type: 'text', array: true }) scopes!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
