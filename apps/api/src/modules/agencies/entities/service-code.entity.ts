import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The standard services an agency records (GOL / LEP services with their unit-cost standard, UCS) as data: code,
 * label key (i18n), unit, unit cost in euro cents, maximum duration, source, and `verified` false where the value is
 * not from an official table (the exact Allegato C values were not retrieved: domain.md §5).
 */
@Entity({ schema: 'agencies', name: 'service_codes' })
@Check('service_codes_unit_check', `"unit" IN ('hour', 'service', 'outcome')`)
@Check('service_codes_cost_check', `"unit_cost_cents" IS NULL OR "unit_cost_cents" >= 0`)
export class ServiceCodeEntity {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'service_codes_pkey' }) code!: string;
  @Column({ type: 'varchar', length: 80 }) labelKey!: string;
  @Column({ type: 'varchar', length: 10 }) unit!: 'hour' | 'service' | 'outcome';
  @Column({ type: 'int', nullable: true }) unitCostCents!: number | null;
  @Column({ type: 'int', nullable: true }) maxDurationMinutes!: number | null;
  @Column({ type: 'varchar', length: 300 }) source!: string;
  @Column({ type: 'boolean' }) verified!: boolean;
}
