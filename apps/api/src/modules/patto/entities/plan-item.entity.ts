import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The person's plan: the signed patto's actions, their own job-search activities, and services an agency delivered to them. */
@Entity({ schema: 'patto', name: 'plan_items' })
@Index('plan_items_citizen_idx', ['citizenId', 'createdAt'])
@Index('plan_items_missed_pending_idx', ['dueDate'], { where: `"missed_published_at" IS NULL` })
@Index('plan_items_external_ref_key', ['externalRef'], { unique: true, where: `"external_ref" IS NOT NULL` })
@Check('plan_items_source_check', `"source" IN ('patto', 'own', 'agency')`)
@Check('plan_items_status_check', `"status" IN ('todo', 'done', 'not_done')`)
@Check('plan_items_dates_check', `("source" = 'patto' AND "due_date" IS NOT NULL) OR ("source" IN ('own', 'agency') AND "activity_date" IS NOT NULL)`)
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'uuid', nullable: true }) pattoId!: string | null;
  @Column({ type: 'int', nullable: true }) pattoVersion!: number | null;
  @Column({ type: 'varchar', length: 10 }) source!: 'patto' | 'own' | 'agency';
  @Column({ type: 'varchar', length: 30 }) kind!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) employer!: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) provider!: string | null;
  @Column({ type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ type: 'date', nullable: true }) activityDate!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'todo' }) status!: 'todo' | 'done' | 'not_done';
  @Column({ type: 'timestamptz', nullable: true }) statusAt!: Date | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ type: 'uuid', nullable: true }) proofDocumentId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  /** what the item stands for elsewhere, once (`agency-service:<id>`): a redelivered event adds nothing */
  @Column({ type: 'varchar', length: 80, nullable: true }) externalRef!: string | null;
  /** source `agency`: the agency that delivered the service */
  @Column({ type: 'varchar', length: 200, nullable: true }) agencyName!: string | null;
  /** when `plan.action-missed` was published for this action (once) */
  @Column({ type: 'timestamptz', nullable: true }) missedPublishedAt!: Date | null;
}
