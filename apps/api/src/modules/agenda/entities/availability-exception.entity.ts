import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An absence of one operator, or (operator_id NULL) a closure of the whole office. */
@Entity({ schema: 'agenda', name: 'availability_exceptions' })
@Check('availability_exceptions_range_check', '"ends_at" > "starts_at"')
export class AvailabilityExceptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'uuid', nullable: true }) operatorId!: string | null;
  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'timestamptz' }) endsAt!: Date;
  @Column({ type: 'varchar', length: 200 }) reason!: string;
  @Column({ type: 'char', length: 16 }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
