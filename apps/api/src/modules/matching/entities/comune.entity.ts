import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A comune with its centroid: distances between people and workplaces are computed from these (earthdistance). */
@Entity({ schema: 'matching', name: 'comuni' })
export class ComuneEntity {
  @PrimaryColumn({ type: 'char', length: 6 }) istat!: string;
  @Index() @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'char', length: 2 }) province!: string;
  @Column({ type: 'float8' }) lat!: number;
  @Column({ type: 'float8' }) lon!: number;
}
