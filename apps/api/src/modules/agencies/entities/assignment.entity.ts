import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type AssignmentStatus = 'assigned' | 'in_charge' | 'ended';

/**
 * A person assigned to an accredited agency: from a signed patto that names it, or by a CPI operator (GOL pathway).
 * assigned → in_charge (presa in carico, with its day) → ended (an outcome, or a reason). `version` makes the ETag.
 * One open assignment per agency and person; one per patto version and agency (the consumer's idempotency).
 */
@Entity({ schema: 'agencies', name: 'assignments' })
@Index('assignments_open_key', ['agencyId', 'citizenId'], { unique: true, where: `"status" <> 'ended'` })
@Index('assignments_patto_key', ['pattoId', 'pattoVersion', 'agencyId'], { unique: true, where: `"patto_id" IS NOT NULL` })
@Index('assignments_agency_idx', ['agencyId', 'createdAt', 'id'])
@Index('assignments_citizen_idx', ['citizenId'])
@Check('assignments_status_check', `"status" IN ('assigned', 'in_charge', 'ended')`)
@Check('assignments_source_check', `("source" = 'patto' AND "patto_id" IS NOT NULL) OR ("source" = 'operator' AND "patto_id" IS NULL)`)
@Check('assignments_in_charge_check', `"taken_in_charge_on" IS NULL OR "taken_in_charge_on" >= "assigned_on"`)
@Check('assignments_ended_check', `("status" = 'ended') = ("ended_on" IS NOT NULL) AND ("status" = 'assigned') = ("taken_in_charge_on" IS NULL AND "ended_on" IS NULL)`)
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assignments_pkey' }) id!: string;
  @Column({ type: 'uuid' }) agencyId!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'varchar', length: 10 }) source!: 'patto' | 'operator';
  @Column({ type: 'uuid', nullable: true }) pattoId!: string | null;
  @Column({ type: 'int', nullable: true }) pattoVersion!: number | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) pathway!: string | null;
  @Column({ type: 'varchar', length: 12 }) status!: AssignmentStatus;
  @Column({ type: 'date' }) assignedOn!: string;
  @Column({ type: 'date', nullable: true }) takenInChargeOn!: string | null;
  @Column({ type: 'date', nullable: true }) endedOn!: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) endReason!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) endNote!: string | null;
  /** who assigned (operator fiscal code, or `patto`) */
  @Column({ type: 'varchar', length: 16 }) assignedBy!: string;
  @Column({ type: 'int', default: 1 }) version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
