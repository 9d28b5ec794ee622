import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { VacancyEntity } from './vacancy.entity';

/**
 * A company asks an anonymous candidate of its search to get in touch about a vacancy: through the CPI (an operator
 * forwards it) or straight to the person. The company learns the name and contacts only if the person accepts.
 */
@Entity({ schema: 'matching', name: 'contact_requests' })
@Unique('contact_requests_vacancy_citizen_key', ['vacancyId', 'citizenId'])
@Index('contact_requests_citizen_idx', ['citizenId', 'status'])
@Check('contact_requests_channel_check', `"channel" IN ('cpi', 'direct')`)
@Check('contact_requests_status_check', `"status" IN ('awaiting_cpi', 'pending', 'accepted', 'declined')`)
@Check('contact_requests_flow_check', `("status" = 'awaiting_cpi') <= ("channel" = 'cpi') AND ("status" IN ('accepted', 'declined')) = ("answered_at" IS NOT NULL)`)
export class ContactRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) vacancyId!: string;
  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' }) vacancy?: VacancyEntity;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Index() @Column({ type: 'uuid' }) companyId!: string;
  /** the company's CPI (its main site's office), which forwards a request of the `cpi` channel */
  @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'varchar', length: 6 }) channel!: 'cpi' | 'direct';
  @Column({ type: 'varchar', length: 12 }) status!: 'awaiting_cpi' | 'pending' | 'accepted' | 'declined';
  @Column({ type: 'varchar', length: 1000, nullable: true }) message!: string | null;
  @Column({ type: 'char', length: 16 }) requestedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) forwardedAt!: Date | null;
  @Column({ type: 'char', length: 16, nullable: true }) forwardedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
}
