import type { IdentityProviderKind } from '@opencpi/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every AuthnRequest we sent, kept until it expires so that a Response's InResponseTo can be matched
 * exactly once: an unsolicited or replayed Response finds no unconsumed row and is refused.
 */
@Entity({ schema: 'identity', name: 'authn_requests' })
@Check('authn_requests_level_check', '"requested_level" BETWEEN 1 AND 3')
export class AuthnRequestEntity {
  /** the SAML request ID (`_` + 32 hex) */
  @PrimaryColumn({ type: 'varchar', length: 80 }) id!: string;
  @Column({ type: 'varchar', length: 10 }) kind!: IdentityProviderKind;
  @Column({ type: 'varchar', length: 1024 }) idpEntityId!: string;
  @Column({ type: 'smallint' }) requestedLevel!: number;
  @Column({ type: 'varchar', length: 20 }) app!: 'citizen' | 'operator';
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Index() @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) consumedAt!: Date | null;
}
