import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A one-time code sent to sign one version: only its HMAC is kept; 10 minutes, 5 attempts. */
@Entity({ schema: 'patto', name: 'signature_challenges' })
export class SignatureChallengeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) versionId!: string;
  @Column({ type: 'char', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 100 }) sessionId!: string;
  @Column({ type: 'varchar', length: 10 }) channel!: 'sms' | 'email';
  @Column({ type: 'varchar', length: 200 }) sentTo!: string;
  @Column({ type: 'char', length: 64 }) codeHash!: string;
  @Column({ type: 'char', length: 64 }) documentSha256!: string;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ type: 'timestamptz', nullable: true }) verifiedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
