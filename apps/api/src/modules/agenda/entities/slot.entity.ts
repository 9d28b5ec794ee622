import { Check, Column, Entity, Exclusion, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ServiceTypeEntity } from './service-type.entity';

/**
 * A bookable time of one operator. Invariants in the database: `booked` never exceeds `capacity`
 * (CHECK), and one operator never has two overlapping slots (EXCLUDE USING gist, in the migration).
 */
@Entity({ schema: 'agenda', name: 'slots' })
@Check('slots_booked_check', '"booked" >= 0 AND "booked" <= "capacity"')
@Check('slots_range_check', '"ends_at" > "starts_at"')
@Index('slots_office_start_idx', ['officeId', 'startsAt'])
@Exclusion('slots_operator_no_overlap', `USING gist ("operator_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)`)
export class SlotEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'uuid' }) operatorId!: string;
  @Column({ type: 'uuid' }) serviceTypeId!: string;
  @ManyToOne(() => ServiceTypeEntity, { onDelete: 'RESTRICT' }) serviceType?: ServiceTypeEntity;
  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'text', array: true }) channels!: string[];
  @Column({ type: 'smallint' }) capacity!: number;
  @Column({ type: 'smallint', default: 0 }) booked!: number;
  @Column({ type: 'uuid', nullable: true }) ruleId!: string | null;
}
