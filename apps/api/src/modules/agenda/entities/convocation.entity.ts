import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A convocation: fixed date, time and place or channel, with a legal basis. The rendered text and its
 * SHA-256 are kept as proof of what was sent; deliveries and the person's acknowledgement are recorded.
 */
@Entity({ schema: 'agenda', name: 'convocations' })
@Check('convocations_channel_check', `"channel" IN ('in_person', 'video', 'phone')`)
export class ConvocationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  @Index() @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'uuid', nullable: true }) invitationId!: string | null;
  @Column({ type: 'uuid', unique: true }) appointmentId!: string;
  @Column({ type: 'timestamptz' }) startsAt!: Date;
  @Column({ type: 'varchar', length: 10 }) channel!: 'in_person' | 'video' | 'phone';
  @Column({ type: 'varchar', length: 300 }) place!: string;
  @Column({ type: 'varchar', length: 300 }) legalBasis!: string;
  @Column({ type: 'text' }) renderedText!: string;
  @Column({ type: 'char', length: 64 }) textSha256!: string;
  @Column({ type: 'timestamptz', nullable: true }) acknowledgedAt!: Date | null;
  @Column({ type: 'char', length: 16 }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
