import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of every read or change of a person's data. A trigger in the migration refuses
 * UPDATE, DELETE and TRUNCATE, so not even a bug in the app can rewrite history.
 */
@Entity({ schema: 'audit', name: 'audit_events' })
@Index('audit_events_subject_idx', ['subjectFiscalCode', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) occurredAt!: Date;
  @Index() @Column({ type: 'char', length: 16 }) actorFiscalCode!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) actorName!: string | null;
  @Column({ type: 'varchar', length: 20 }) actorRole!: string;
  @Column({ type: 'uuid', nullable: true }) actorOfficeId!: string | null;
  @Column({ type: 'varchar', length: 80 }) action!: string;
  @Column({ type: 'varchar', length: 60 }) resourceType!: string;
  @Column({ type: 'varchar', length: 80, nullable: true }) resourceId!: string | null;
  /** whose data: the person the record is about */
  @Column({ type: 'char', length: 16, nullable: true }) subjectFiscalCode!: string | null;
  @Column({ type: 'varchar', length: 10 }) outcome!: 'allowed' | 'denied';
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;
  @Column({ type: 'varchar', length: 400, nullable: true }) userAgent!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) correlationId!: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) details!: Record<string, unknown>;
}
