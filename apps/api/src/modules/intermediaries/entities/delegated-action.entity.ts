import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DelegationEntity } from './delegation.entity';

/** Something an intermediary's operator did for a person under a delegation ("done by X for Y"); append-only. */
@Entity({ schema: 'intermediaries', name: 'delegated_actions' })
@Index('delegated_actions_citizen_idx', ['citizenId', 'at'])
@Index('delegated_actions_delegation_idx', ['delegationId'])
export class DelegatedActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) delegationId!: string;
  @ManyToOne(() => DelegationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delegation_id', foreignKeyConstraintName: 'delegated_actions_delegation_fk' })
  delegation?: DelegationEntity;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) delegateFiscalCode!: string;
  @Column({ type: 'varchar', length: 200 }) delegateName!: string;
  @Column({ type: 'varchar', length: 40 }) action!: string;
  @Column({ type: 'varchar', length: 80, nullable: true }) refId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
}
