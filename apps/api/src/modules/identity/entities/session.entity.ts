import type { IdentityProviderKind } from '@opencpi/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Server-side session. The cookie carries a random token; only its SHA-256 is stored. */
@Entity({ schema: 'identity', name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'char', length: 64, unique: true }) tokenHash!: string;
  @Index() @Column({ type: 'char', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 100 }) givenName!: string;
  @Column({ type: 'varchar', length: 100 }) familyName!: string;
  @Column({ type: 'text', array: true }) roles!: string[];
  @Column({ type: 'smallint' }) spidLevel!: number;
  @Column({ type: 'varchar', length: 10 }) kind!: IdentityProviderKind;
  /** the SPA the person logged into */
  @Column({ type: 'varchar', length: 20 }) app!: 'citizen' | 'operator';
  @Column({ type: 'varchar', length: 1024 }) idpEntityId!: string;
  /** SAML NameID and SessionIndex, for single logout */
  @Column({ type: 'varchar', length: 512, nullable: true }) nameId!: string | null;
  @Column({ type: 'varchar', length: 512, nullable: true }) sessionIndex!: string | null;
  @Column({ type: 'char', length: 64 }) csrfToken!: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;
  @Column({ type: 'varchar', length: 400, nullable: true }) userAgent!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) lastSeenAt!: Date;
  @Column({ type: 'timestamptz' }) absoluteExpiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) endedAt!: Date | null;
}
