import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The sanction ladder as data: one row per step of a rule (benefit, breach), versioned by validity date, with its
 * legal source and `verified` flag. A new version is new rows; measures keep the version and step they applied.
 */
@Entity({ schema: 'condizionalita', name: 'sanction_rules' })
@Unique('sanction_rules_version_step_key', ['benefit', 'ruleCode', 'version', 'step'])
@Check('sanction_rules_sanction_check', `"sanction" IN ('cut_quarter_month', 'cut_month', 'loss')`)
@Check('sanction_rules_benefit_check', `"benefit" IN ('NASPI', 'DISCOLL', 'ADI', 'SFL')`)
@Check('sanction_rules_step_check', `"step" >= 1`)
@Check('sanction_rules_validity_check', `"valid_to" IS NULL OR "valid_to" > "valid_from"`)
export class SanctionRuleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 10 }) benefit!: string;
  @Column({ type: 'varchar', length: 30 }) ruleCode!: string;
  @Column({ type: 'varchar', length: 40 }) version!: string;
  @Column({ type: 'date' }) validFrom!: string;
  /** exclusive */
  @Column({ type: 'date', nullable: true }) validTo!: string | null;
  @Column({ type: 'int' }) step!: number;
  @Column({ type: 'varchar', length: 20 }) sanction!: string;
  @Column({ type: 'text' }) legalSource!: string;
  @Column({ type: 'boolean' }) verified!: boolean;
  @Column({ type: 'varchar', length: 60, nullable: true }) noteCode!: string | null;
}
