import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from './region.entity';

export type OfficeChannel = 'in_person' | 'video' | 'phone';

/** A Centro per l'Impiego. */
@Entity({ schema: 'registry', name: 'offices' })
export class OfficeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) regionId!: string;
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' }) region?: RegionEntity;
  @Column({ type: 'varchar', length: 20, unique: true }) code!: string;
  @Column({ type: 'varchar', length: 150 }) name!: string;
  @Column({ type: 'varchar', length: 200 }) address!: string;
  @Column({ type: 'char', length: 6 }) comuneIstat!: string;
  @Column({ type: 'varchar', length: 100 }) comuneName!: string;
  @Column({ type: 'char', length: 2 }) province!: string;
  @Column({ type: 'numeric', precision: 9, scale: 6 }) latitude!: string;
  @Column({ type: 'numeric', precision: 9, scale: 6 }) longitude!: string;
  @Column({ type: 'varchar', length: 300 }) openingHours!: string;
  @Column({ type: 'text', array: true }) channels!: OfficeChannel[];
  @Column({ type: 'varchar', length: 200, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) phone!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
