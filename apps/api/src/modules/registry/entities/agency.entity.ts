import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from './region.entity';

/** An accredited private employment agency (art. 12 D.Lgs. 150/2015). */
@Entity({ schema: 'registry', name: 'agencies' })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'char', length: 11, unique: true }) vatNumber!: string;
  @Column({ type: 'varchar', length: 40 }) accreditationCode!: string;
  @Index() @Column({ type: 'uuid' }) regionId!: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' }) region?: RegionEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
