import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A patronato, CAF or municipality desk registered by a region; its operators may act for people who delegate it. */
@Entity({ schema: 'intermediaries', name: 'organisations' })
@Check('organisations_kind_check', `"kind" IN ('patronato', 'caf', 'comune')`)
@Index('organisations_fiscal_code_key', ['fiscalCode'], { unique: true })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: 'patronato' | 'caf' | 'comune';
  @Column({ type: 'char', length: 11 }) fiscalCode!: string;
  /** the region that registered it (registry.regions id: a reference, not a foreign key across schemas) */
  @Column({ type: 'uuid' }) regionId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
