import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from './region.entity';

export type StaffRole = 'operator' | 'cpi_manager' | 'region_admin';

/** Back-office staff of the region: CPI operators, CPI managers, regional administrators. */
@Entity({ schema: 'registry', name: 'staff' })
@Check('staff_role_check', `"role" IN ('operator', 'cpi_manager', 'region_admin')`)
export class StaffEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'char', length: 16, unique: true }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 100 }) givenName!: string;
  @Column({ type: 'varchar', length: 100 }) familyName!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 20 }) role!: StaffRole;
  @Index() @Column({ type: 'uuid' }) regionId!: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' }) region?: RegionEntity;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
