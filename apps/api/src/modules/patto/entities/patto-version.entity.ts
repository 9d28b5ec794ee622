import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export interface PattoContent {
  pathway: number;
  agencyId: string | null;
  agencyName: string | null;
  responsibleName: string;
  jobSearchActs: string;
  contactFrequencyDays: number;
  proofOfSearch: string;
  availability: { workshops: boolean; training: boolean; congruousOffers: boolean };
  profilingIndex: number | null;
  actions: { type: string; title: string; provider: 'cpi' | 'agency'; dueDate: string }[];
}

/**
 * One version of a patto. Its text and hash are fixed when proposed; a trigger (migration PattoAgreements) refuses any
 * change to content, texts, hash or parties once the version has left the draft state, and any deletion of it.
 */
@Entity({ schema: 'patto', name: 'patto_versions' })
@Unique('patto_versions_patto_version_key', ['pattoId', 'version'])
@Check('patto_versions_status_check', `"status" IN ('draft', 'proposed', 'signed', 'amended', 'closed')`)
@Check('patto_versions_hash_check', `"status" = 'draft' OR "sha256" IS NOT NULL`)
export class PattoVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) pattoId!: string;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'varchar', length: 10, default: 'draft' }) status!: 'draft' | 'proposed' | 'signed' | 'amended' | 'closed';
  @Column({ type: 'jsonb' }) content!: PattoContent;
  @Column({ type: 'text' }) summary!: string;
  @Column({ type: 'text' }) fullText!: string;
  @Column({ type: 'char', length: 64, nullable: true }) sha256!: string | null;
  @Column({ type: 'text', array: true }) requiredParties!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'char', length: 16 }) createdBy!: string;
  @Column({ type: 'timestamptz', nullable: true }) proposedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) signedAt!: Date | null;
}
