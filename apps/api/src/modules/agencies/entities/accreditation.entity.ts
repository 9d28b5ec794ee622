import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export type AccreditationStatus = 'active' | 'suspended' | 'revoked';

/**
 * The region's accreditation of an agency (art. 7 D.Lgs. 276/2003, art. 12 D.Lgs. 150/2015): one per agency, with its
 * number, validity, scope (service codes, offices, areas) and status. The agency's master data (name, VAT number) stays
 * in the registry (`registry.agencies`); `agencyId` names it. Every status change is audited with its reason.
 */
@Entity({ schema: 'agencies', name: 'accreditations' })
@Unique('accreditations_agency_key', ['agencyId'])
@Unique('accreditations_number_key', ['number'])
@Check('accreditations_status_check', `"status" IN ('active', 'suspended', 'revoked')`)
@Check('accreditations_validity_check', `"valid_until" IS NULL OR "valid_until" >= "valid_from"`)
export class AccreditationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'accreditations_pkey' }) id!: string;
  @Column({ type: 'uuid' }) agencyId!: string;
  @Column({ type: 'varchar', length: 40 }) number!: string;
  @Column({ type: 'varchar', length: 16 }) status!: AccreditationStatus;
  /** first and last day (Europe/Rome calendar days) of validity; no end date: open-ended */
  @Column({ type: 'date' }) validFrom!: string;
  @Column({ type: 'date', nullable: true }) validUntil!: string | null;
  /** the services it may deliver (UCS / LEP service codes) */
  @Column({ type: 'text', array: true }) serviceCodes!: string[];
  /** the CPI offices whose people it may be assigned */
  @Column({ type: 'uuid', array: true }) officeIds!: string[];
  /** territorial areas (e.g. province codes) */
  @Column({ type: 'text', array: true }) areas!: string[];
  /** why the last status change was made (suspension, revocation, reactivation) */
  @Column({ type: 'varchar', length: 500, nullable: true }) reason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
