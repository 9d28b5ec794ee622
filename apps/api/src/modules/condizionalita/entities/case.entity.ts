import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A conditionality case: a breach of a person with a benefit, the justification window, the state. A trigger
 * refuses any change to a decided case (decided_justified, measure_confirmed).
 */
@Entity({ schema: 'condizionalita', name: 'cases' })
@Unique('cases_source_event_key', ['sourceEventId'])
@Index('cases_office_state_deadline_idx', ['officeId', 'state', 'deadline'])
@Index('cases_citizen_idx', ['citizenId', 'openedAt'])
@Check('cases_state_check', `"state" IN ('open', 'justification_submitted', 'pending_confirmation', 'decided_justified', 'measure_confirmed')`)
@Check('cases_deadline_check', `"deadline" >= "occurred_on"`)
export class ConditionalityCaseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'bigint' }) sourceEventId!: string;
  @Column({ type: 'varchar', length: 60 }) sourceType!: string;
  @Column({ type: 'varchar', length: 100 }) sourceRef!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'varchar', length: 10 }) benefit!: string;
  @Column({ type: 'varchar', length: 60 }) benefitId!: string;
  @Column({ type: 'varchar', length: 30 }) breachCode!: string;
  @Column({ type: 'date' }) occurredOn!: string;
  /** the last day (Rome) to justify, inclusive */
  @Column({ type: 'date' }) deadline!: string;
  /** the legal parameter the deadline was computed from */
  @Column({ type: 'varchar', length: 60 }) windowParameter!: string;
  @Column({ type: 'varchar', length: 30 }) state!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) openedAt!: Date;
}
