import { Check, Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ConditionalityCaseEntity } from './case.entity';

/**
 * What the `condizionalita.open-case` consumer decided for each event that could lead to a sanction: a case opened,
 * or why none was (no benefit with obligations, no rule, justified at the desk). One row per source event: the
 * consumer's own idempotency, besides the relay's.
 */
@Entity({ schema: 'condizionalita', name: 'intake_decisions' })
@Unique('intake_decisions_source_event_key', ['sourceEventId'])
@Check('intake_decisions_outcome_check', `"outcome" IN ('case_opened', 'no_benefit', 'no_rule', 'justified_at_desk', 'not_a_breach')`)
export class IntakeDecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'bigint' }) sourceEventId!: string;
  @Column({ type: 'varchar', length: 60 }) eventType!: string;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  @Column({ type: 'varchar', length: 30 }) outcome!: string;
  @Column({ type: 'uuid', nullable: true }) caseId!: string | null;
  @ManyToOne(() => ConditionalityCaseEntity, { onDelete: 'RESTRICT' }) case?: ConditionalityCaseEntity;
  /** what was looked at: benefits found (types and ids), the breach, the rule version */
  @Column({ type: 'jsonb' }) details!: Record<string, unknown>;
  @Column({ type: 'timestamptz', default: () => 'now()' }) decidedAt!: Date;
}
