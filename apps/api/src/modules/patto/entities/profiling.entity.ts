import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface ProfilingFactor {
  factor: string;
  value: string;
  contribution: number;
}

/** One profiling: the quantitative index with its factors, then the operator's qualitative assessment and pathway. */
@Entity({ schema: 'patto', name: 'profilings' })
@Check('profilings_index_check', `"disadvantage_index" >= 0 AND "disadvantage_index" <= 1`)
@Check('profilings_pathway_check', `"suggested_pathway" BETWEEN 1 AND 4 AND ("chosen_pathway" IS NULL OR "chosen_pathway" BETWEEN 1 AND 4)`)
@Check('profilings_override_reason_check', `"chosen_pathway" IS NULL OR "chosen_pathway" = "suggested_pathway" OR "override_reason" IS NOT NULL`)
export class ProfilingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'uuid' }) didId!: string;
  @Column({ type: 'varchar', length: 30 }) modelVersion!: string;
  @Column({ type: 'numeric', precision: 5, scale: 4 }) disadvantageIndex!: string;
  @Column({ type: 'jsonb' }) factors!: ProfilingFactor[];
  @Column({ type: 'timestamptz', default: () => 'now()' }) computedAt!: Date;
  @Column({ type: 'char', length: 16 }) computedBy!: string;
  @Column({ type: 'int' }) suggestedPathway!: number;
  @Column({ type: 'varchar', length: 10, nullable: true }) skillsGap!: string | null;
  @Column({ type: 'boolean', nullable: true }) needsSocialSupport!: boolean | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ type: 'int', nullable: true }) chosenPathway!: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) overrideReason!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) assessedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) assessedAt!: Date | null;
}
