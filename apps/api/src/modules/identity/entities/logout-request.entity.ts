import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every LogoutRequest we sent to an IdP (SP-initiated single logout), kept until it expires so that the
 * IdP's LogoutResponse is accepted only as the answer to one of them, once.
 */
@Entity({ schema: 'identity', name: 'logout_requests' })
export class LogoutRequestEntity {
  /** the SAML request ID (`_` + 32 hex) */
  @PrimaryColumn({ type: 'varchar', length: 80 }) id!: string;
  @Column({ type: 'varchar', length: 10 }) kind!: string;
  @Column({ type: 'varchar', length: 1024 }) idpEntityId!: string;
  /** the SPA to return to when the IdP answers */
  @Column({ type: 'varchar', length: 20 }) app!: 'citizen' | 'operator';
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Index() @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) consumedAt!: Date | null;
}
