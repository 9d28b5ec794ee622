import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An e-coach alert; at most one open alert per person and kind. */
@Entity({ schema: 'patto', name: 'coach_alerts' })
@Index('coach_alerts_one_open', ['citizenId', 'kind'], { unique: true, where: `"resolved_at" IS NULL` })
@Check('coach_alerts_kind_check', `"kind" IN ('inactive', 'missed_action')`)
export class CoachAlertEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: 'inactive' | 'missed_action';
  @Column({ type: 'date' }) raisedOn!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) detail!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) nudgedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
}
