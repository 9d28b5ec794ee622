import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One survey per delivered service: unique (service kind, service reference) in the database, so a redelivered
 * event or a second consumer run never asks twice. The link's token is not kept, only its SHA-256.
 */
@Entity({ schema: 'surveys', name: 'invitations' })
@Index('invitations_service_key', ['serviceKind', 'serviceRef'], { unique: true })
@Index('invitations_token_hash_key', ['tokenHash'], { unique: true })
@Index('invitations_citizen_idx', ['citizenId', 'createdAt'])
@Check('invitations_service_kind_check', `"service_kind" IN ('appointment', 'patto', 'certificate', 'vacancy')`)
@Check('invitations_channel_check', `"channel" IN ('in_person', 'phone', 'video', 'online', 'unspecified')`)
export class SurveyInvitationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'invitations_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 16 }) serviceKind!: string;
  /** the appointment id, `<patto id>:<version>`, the certificate id */
  @Column({ type: 'varchar', length: 80 }) serviceRef!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 16 }) fiscalCode!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'varchar', length: 12 }) channel!: string;
  /** the service's names when delivered (e.g. the appointment's service type), in every language */
  @Column({ type: 'varchar', length: 200 }) serviceNameIt!: string;
  @Column({ type: 'varchar', length: 200 }) serviceNameEn!: string;
  @Column({ type: 'varchar', length: 200 }) serviceNameAr!: string;
  @Column({ type: 'varchar', length: 200 }) serviceNameRo!: string;
  @Column({ type: 'varchar', length: 200 }) serviceNameUk!: string;
  @Column({ type: 'date' }) serviceDate!: string;
  @Column({ type: 'int' }) questionSetVersion!: number;
  @Column({ type: 'char', length: 64 }) tokenHash!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
}
