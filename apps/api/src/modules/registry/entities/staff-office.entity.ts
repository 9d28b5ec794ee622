import { Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { OfficeEntity } from './office.entity';
import { StaffEntity } from './staff.entity';

/** The CPI offices a staff member serves. */
@Entity({ schema: 'registry', name: 'staff_offices' })
export class StaffOfficeEntity {
  @PrimaryColumn({ type: 'uuid' }) staffId!: string;
  @Index() @PrimaryColumn({ type: 'uuid' }) officeId!: string;
  @ManyToOne(() => StaffEntity, { onDelete: 'CASCADE' }) staff?: StaffEntity;
  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' }) office?: OfficeEntity;
}
