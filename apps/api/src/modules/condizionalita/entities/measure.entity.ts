import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SanctionRuleEntity } from './sanction-rule.entity';
import { DecisionEntity } from './decision.entity';
import { ConditionalityCaseEntity } from './case.entity';

/**
 * A conditionality measure: the sanction applied with the rule version and step it was decided under. Append-only
 * (trigger). A reversal (appeal upheld) is a new row with sanction `annulled` that references the old one.
 */
@Entity({ schema: 'condizionalita', name: 'measures' })
@Unique('measures_reversal_of_key', ['reversalOf'])
@Index('measures_ladder_idx', ['citizenFiscalCode', 'ruleCode', 'ruleVersion'])
@Index('measures_case_idx', ['caseId'])
@Check('measures_sanction_check', `"sanction" IN ('cut_quarter_month', 'cut_month', 'loss', 'annulled')`)
@Check('measures_reversal_check', `("reversal_of" IS NULL) = ("sanction" <> 'annulled')`)
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) caseId!: string;
  @ManyToOne(() => ConditionalityCaseEntity, { onDelete: 'RESTRICT' }) case?: ConditionalityCaseEntity;
  @Column({ type: 'uuid', nullable: true }) decisionId!: string | null;
  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' }) decision?: DecisionEntity;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  @Column({ type: 'varchar', length: 10 }) benefit!: string;
  @Column({ type: 'varchar', length: 60 }) benefitId!: string;
  @Column({ type: 'uuid' }) ruleId!: string;
  @ManyToOne(() => SanctionRuleEntity, { onDelete: 'RESTRICT' }) rule?: SanctionRuleEntity;
  @Column({ type: 'varchar', length: 30 }) ruleCode!: string;
  @Column({ type: 'varchar', length: 40 }) ruleVersion!: string;
  @Column({ type: 'int' }) step!: number;
  @Column({ type: 'varchar', length: 20 }) sanction!: string;
  @Column({ type: 'text' }) legalSource!: string;
  @Column({ type: 'boolean' }) verified!: boolean;
  /** YYYY-MM-DD (Rome) */
  @Column({ type: 'date' }) decidedOn!: string;
  @Column({ type: 'uuid', nullable: true }) reversalOf!: string | null;
  @ManyToOne(() => MeasureEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'reversal_of' }) reversed?: MeasureEntity;
  @Column({ type: 'varchar', length: 100, nullable: true }) appealReference!: string | null;
  @Column({ type: 'text', nullable: true }) reasonText!: string | null;
  @Column({ type: 'uuid' }) createdByStaffId!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
