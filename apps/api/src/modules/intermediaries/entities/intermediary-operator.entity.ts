import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** A person who works for one registered organisation; signing in, they get the `intermediary_staff` role. */
@Entity({ schema: 'intermediaries', name: 'operators' })
@Index('operators_fiscal_code_key', ['fiscalCode'], { unique: true })
@Index('operators_organisation_idx', ['organisationId'])
export class IntermediaryOperatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'operators_organisation_fk' })
  organisation?: OrganisationEntity;
  @Column({ type: 'char', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 100 }) givenName!: string;
  @Column({ type: 'varchar', length: 100 }) familyName!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
