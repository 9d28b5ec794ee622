import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConditionalityCaseEntity } from './case.entity';

/**
 * An operator's decision on a case. Not justified with a cut or a loss waits for a manager's confirmation (four
 * eyes: the database refuses a confirmer who is the decider). A trigger lets a row change only from `pending`
 * to `confirmed`/`returned` (once), and never be deleted; a returned decision stays as history.
 */
@Entity({ schema: 'condizionalita', name: 'decisions' })
@Index('decisions_case_active_key', ['caseId'], { unique: true, where: `"status" <> 'returned'` })
@Check('decisions_outcome_check', `"outcome" IN ('justified', 'not_justified')`)
@Check('decisions_status_check', `"status" IN ('pending', 'confirmed', 'returned', 'not_required')`)
@Check('decisions_reason_check', `("outcome" = 'justified' AND "reason_code" IS NOT NULL) OR ("outcome" = 'not_justified' AND "reason_text" IS NOT NULL)`)
@Check('decisions_four_eyes_check', `"confirmed_by_staff_id" IS NULL OR "confirmed_by_staff_id" <> "decided_by_staff_id"`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) caseId!: string;
  @ManyToOne(() => ConditionalityCaseEntity, { onDelete: 'RESTRICT' }) case?: ConditionalityCaseEntity;
  @Column({ type: 'varchar', length: 20 }) outcome!: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) reasonCode!: string | null;
  @Column({ type: 'text', nullable: true }) reasonText!: string | null;
  @Column({ type: 'uuid' }) decidedByStaffId!: string;
  @Column({ type: 'varchar', length: 200 }) decidedByName!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) decidedAt!: Date;
  @Column({ type: 'varchar', length: 20 }) status!: string;
  @Column({ type: 'uuid', nullable: true }) confirmedByStaffId!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) confirmedByName!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) confirmedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) confirmationNote!: string | null;
}
