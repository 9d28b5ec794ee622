import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A candidate for a vacancy: applied by the person, or put forward by an operator's preselection. The employer sees
 * the candidate only once shortlisted and shared, and by name only with the candidate's consent.
 */
@Entity({ schema: 'matching', name: 'applications' })
@Unique('applications_vacancy_citizen_key', ['vacancyId', 'citizenId'])
@Check('applications_status_check', `"status" IN ('applied', 'proposed', 'shortlisted', 'withdrawn')`)
@Check('applications_consent_check', `"consent" IN ('none', 'pending', 'granted', 'refused')`)
@Check('applications_outcome_check', `"outcome" IS NULL OR "outcome" IN ('interview', 'hired', 'not_selected', 'offer_refused')`)
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) vacancyId!: string;
  @Index() @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 12 }) status!: 'applied' | 'proposed' | 'shortlisted' | 'withdrawn';
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true }) score!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'none' }) consent!: 'none' | 'pending' | 'granted' | 'refused';
  @Column({ type: 'timestamptz', nullable: true }) consentAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) sharedAt!: Date | null;
  @Column({ type: 'varchar', length: 14, nullable: true }) outcome!: 'interview' | 'hired' | 'not_selected' | 'offer_refused' | null;
  @Column({ type: 'timestamptz', nullable: true }) outcomeAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) interviewAppointmentId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
