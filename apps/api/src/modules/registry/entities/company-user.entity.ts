import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompanyEntity } from './company.entity';

/** A person who acts for a company (employer role once the company is approved); the administrator invites and removes the others. */
@Entity({ schema: 'registry', name: 'company_users' })
@Unique('company_users_company_fiscal_code_key', ['companyId', 'fiscalCode'])
export class CompanyUserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) companyId!: string;
  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' }) company?: CompanyEntity;
  @Index() @Column({ type: 'char', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 100 }) givenName!: string;
  @Column({ type: 'varchar', length: 100 }) familyName!: string;
  @Column({ type: 'boolean', default: false }) admin!: boolean;
  /** who invited them (null: the declarant, or seed data) */
  @Column({ type: 'char', length: 16, nullable: true }) invitedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) addedAt!: Date;
}
