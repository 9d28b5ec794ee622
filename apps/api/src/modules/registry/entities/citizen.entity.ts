import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OfficeEntity } from './office.entity';

/** A person known to the CPI system; created at first SPID/CIE login or by the registry. */
@Entity({ schema: 'registry', name: 'citizens' })
@Check('citizens_gender_check', `"gender" IN ('M', 'F')`)
@Check('citizens_fiscal_code_format_check', `"fiscal_code" ~ '^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$'`)
/** lower(family_name) text_pattern_ops, created in the migration: prefix search by surname */
@Index('citizens_family_name_lower_idx', { synchronize: false })
export class CitizenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'char', length: 16, unique: true }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 100 }) givenName!: string;
  @Column({ type: 'varchar', length: 100 }) familyName!: string;
  @Column({ type: 'date', nullable: true }) birthDate!: string | null;
  @Column({ type: 'char', length: 1, nullable: true }) gender!: 'M' | 'F' | null;
  /** Belfiore code */
  @Column({ type: 'varchar', length: 4, nullable: true }) birthPlaceCode!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) email!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) mobilePhone!: string | null;
  @Column({ type: 'char', length: 6, nullable: true }) domicileComuneIstat!: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' }) office?: OfficeEntity | null;
  @Column({ type: 'timestamptz', nullable: true }) lastLoginAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
