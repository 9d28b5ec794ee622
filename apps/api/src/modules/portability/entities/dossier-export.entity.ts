import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PortabilityLocale } from '@opencpi/contracts';

/**
 * A person's request for their whole dossier: progress while a job prepares it (steps done / total), then the signed
 * ZIP bundle until `expires_at`, when the purge job deletes the bytes (the row stays, `expired`, as the record of the
 * request). The request's origin is kept so that the job's reads are audited as the person's, from where they asked.
 */
@Entity({ schema: 'portability', name: 'exports' })
@Index('exports_citizen_idx', ['citizenId', 'requestedAt'])
@Index('exports_expiry_idx', ['expiresAt'])
@Check('exports_status_check', `"status" IN ('queued', 'running', 'ready', 'failed', 'expired')`)
@Check('exports_locale_check', `"locale" IN ('it', 'en', 'ar', 'ro', 'uk')`)
@Check('exports_steps_check', `"steps_done" >= 0 AND "steps_done" <= "steps_total"`)
@Check('exports_bundle_check', `("bundle" IS NOT NULL) = ("status" = 'ready')`)
export class DossierExportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'exports_pkey' }) id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 2 }) locale!: PortabilityLocale;
  @Column({ type: 'varchar', length: 10 }) status!: 'queued' | 'running' | 'ready' | 'failed' | 'expired';
  @Column({ type: 'int', default: 0 }) stepsDone!: number;
  @Column({ type: 'int' }) stepsTotal!: number;
  @Column({ type: 'varchar', length: 40, nullable: true }) currentStep!: string | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) errorCode!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) readyAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ type: 'bytea', nullable: true }) bundle!: Buffer | null;
  @Column({ type: 'char', length: 64, nullable: true }) bundleSha256!: string | null;
  @Column({ type: 'int', nullable: true }) bundleSize!: number | null;
  /** where the request came from (address, user agent, correlation id): the job's reads are audited with it */
  @Column({ type: 'jsonb' }) origin!: { ip: string | null; userAgent: string | null; correlationId: string; sessionId: string };
}
