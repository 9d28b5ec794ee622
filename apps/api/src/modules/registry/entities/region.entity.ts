import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ schema: 'registry', name: 'regions' })
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** ISTAT region code, 2 digits */
  @Column({ type: 'char', length: 2, unique: true }) istatCode!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
