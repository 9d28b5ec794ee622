import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ schema: 'registry', name: 'companies' })
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'char', length: 11, unique: true }) vatNumber!: string;
  /** ATECO 2007 code, e.g. 56.10.11 */
  @Column({ type: 'varchar', length: 10 }) atecoCode!: string;
  @Column({ type: 'char', length: 6 }) comuneIstat!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
