import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The proof that a person was convoked (channel, date, legal basis, the SHA-256 of the text agenda kept) and, when it
 * happened, that they acknowledged it: what a sanction for a missed convocation rests on. Written by the
 * `condizionalita.convocation-evidence` consumer from `convocation.issued` / `convocation.acknowledged`; one row per
 * convocation, either half may arrive first. A trigger refuses deletes and any change to a half already recorded.
 */
@Entity({ schema: 'condizionalita', name: 'convocation_evidence' })
@Index('convocation_evidence_appointment_idx', ['appointmentId'])
@Check('convocation_evidence_issue_check', `("issued_at" IS NULL) = ("appointment_id" IS NULL)`)
export class ConvocationEvidenceEntity {
  @PrimaryColumn({ type: 'uuid' }) convocationId!: string;
  @Column({ type: 'char', length: 16 }) citizenFiscalCode!: string;
  // from convocation.issued (null while only the acknowledgement is known)
  @Column({ type: 'uuid', nullable: true }) appointmentId!: string | null;
  @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) startsAt!: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) channel!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) legalBasis!: string | null;
  @Column({ type: 'char', length: 64, nullable: true }) textSha256!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) issuedBy!: string | null;
  /** when the convocation was issued (the event's occurredAt) */
  @Column({ type: 'timestamptz', nullable: true }) issuedAt!: Date | null;
  // from convocation.acknowledged
  @Column({ type: 'timestamptz', nullable: true }) acknowledgedAt!: Date | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ackIp!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) ackUserAgent!: string | null;
}
