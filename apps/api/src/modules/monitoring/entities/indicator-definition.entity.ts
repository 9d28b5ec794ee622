import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What an indicator means and which tables it comes from, as data (printed beside each chart and in the open-data
 * dictionary). Seeded by the migration; `source_tables` names the owners' aggregate views and their fact tables.
 */
@Entity({ schema: 'monitoring', name: 'indicator_definitions' })
@Check('indicator_definitions_unit_check', `"unit" IN ('count', 'share', 'days', 'rating')`)
export class IndicatorDefinitionEntity {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'indicator_definitions_pkey' }) code!: string;
  @Column({ type: 'smallint' }) position!: number;
  @Column({ type: 'varchar', length: 10 }) unit!: 'count' | 'share' | 'days' | 'rating';
  @Column({ type: 'boolean', nullable: true }) higherIsBetter!: boolean | null;
  @Column({ type: 'varchar', length: 200 }) titleIt!: string;
  @Column({ type: 'varchar', length: 200 }) titleEn!: string;
  @Column({ type: 'text' }) definitionIt!: string;
  @Column({ type: 'text' }) definitionEn!: string;
  @Column({ type: 'text', array: true }) sourceTables!: string[];
}
