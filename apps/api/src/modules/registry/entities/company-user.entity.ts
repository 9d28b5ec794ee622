import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompanyEntity } from './company.entity';

/** A person who acts for a company (employer role). */
@Entity({ schema: 'registry', name: 'company_users' })
@Unique('company_users_company_fiscal_code_key', ['companyId', 'fiscalCode'])
export class CompanyUserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) companyId!: string;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' }) company?: CompanyEntity;
  @Index() @Column({ type: 'char', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 100 }) givenName!: string;
  @Column({ type: 'varchar', length: 100 }) familyName!: string;
}
