import { Check, Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompanyEntity } from './company.entity';

/** A site of a company (position 0 is the main site, whose comune is also on the company). */
@Entity({ schema: 'registry', name: 'company_sites' })
@Check('company_sites_position_check', `"position" >= 0`)
export class CompanySiteEntity {
  @PrimaryColumn({ type: 'uuid' }) companyId!: string;
  @PrimaryColumn({ type: 'smallint' }) position!: number;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' }) company?: CompanyEntity;
  @Column({ type: 'char', length: 6 }) comuneIstat!: string;
  @Column({ type: 'varchar', length: 200 }) address!: string;
}
