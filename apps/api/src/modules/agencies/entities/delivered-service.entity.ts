import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentEntity } from './assignment.entity';
import { ServiceCodeEntity } from './service-code.entity';

/** A service an agency delivered to an assigned person (UCS code, day, duration, notes, evidence). Append-only. */
@Entity({ schema: 'agencies', name: 'delivered_services' })
@Index('delivered_services_assignment_idx', ['assignmentId', 'deliveredOn'])
@Index('delivered_services_citizen_idx', ['citizenId'])
@Check('delivered_services_duration_check', `"duration_minutes" > 0`)
export class DeliveredServiceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'delivered_services_pkey' }) id!: string;
  @Column({ type: 'uuid' }) assignmentId!: string;
  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'delivered_services_assignment_fkey' })
  assignment?: AssignmentEntity;
  @Column({ type: 'uuid' }) agencyId!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 40 }) code!: string;
  @ManyToOne(() => ServiceCodeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'code', foreignKeyConstraintName: 'delivered_services_code_fkey' })
  serviceCode?: ServiceCodeEntity;
  @Column({ type: 'date' }) deliveredOn!: string;
  @Column({ type: 'int' }) durationMinutes!: number;
  @Column({ type: 'varchar', length: 2000, nullable: true }) notes!: string | null;
  @Column({ type: 'uuid', nullable: true }) evidenceDocumentId!: string | null;
  /** the OAuth client that recorded it */
  @Column({ type: 'varchar', length: 80 }) recordedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) recordedAt!: Date;
}
