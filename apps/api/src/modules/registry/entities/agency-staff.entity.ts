import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AgencyEntity } from './agency.entity';

@Entity({ schema: 'registry', name: 'agency_staff' })
@Unique('agency_staff_agency_fiscal_code_key', ['agencyId', 'fiscalCode'])
export class AgencyStaffEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) agencyId!: string;
  @ManyToOne(() => AgencyEntity, { onDelete: 'CASCADE' }) agency?: AgencyEntity;
  @Index() @Column({ type: 'char', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 100 }) givenName!: string;
  @Column({ type: 'varchar', length: 100 }) familyName!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) email!: string | null;
}
