import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SegmentBody } from '@opencpi/contracts';

/**
 * One message variant (A or B): Italian and English always, Arabic, Romanian and Ukrainian when the office wrote them
 * (a subject and its body together; the keys are absent otherwise). Kept inside the `variants` jsonb, as each
 * variant has its own words.
 */
export interface CampaignVariantData {
  variant: 'A' | 'B';
  subjectIt: string;
  subjectEn: string;
  bodyIt: string;
  bodyEn: string;
  subjectAr?: string;
  bodyAr?: string;
  subjectRo?: string;
  bodyRo?: string;
  subjectUk?: string;
  bodyUk?: string;
}

/**
 * An outreach campaign of one office: the segment definition (kind + params), the message variants, the channel, an
 * invitation to book (agenda) or information only, the send window (days and daily hours, Europe/Rome) and the daily
 * cap. A variant's optional languages (ar, ro, uk) have both a subject and a body or neither. A draft until launched; at launch its recipients are frozen (`launch_size` = people then taken in).
 */
@Entity({ schema: 'campaigns', name: 'campaigns' })
@Index('campaigns_office_idx', ['officeId', 'createdAt'])
@Check('campaigns_channel_check', `"channel" IN ('email', 'sms', 'io')`)
@Check('campaigns_kind_check', `"kind" IN ('invitation', 'information')`)
@Check('campaigns_status_check', `"status" IN ('draft', 'running', 'completed')`)
@Check('campaigns_invitation_check', `("kind" = 'invitation') = ("service_type" IS NOT NULL AND "within_days" IS NOT NULL)`)
@Check('campaigns_window_check', `"end_date" >= "start_date" AND "send_until" > "send_from"`)
@Check('campaigns_cap_check', `"daily_cap" > 0`)
@Check(
  'campaigns_variant_languages_check',
  `NOT jsonb_path_exists("variants", '$[*] ? ((exists(@.subjectAr) && !(exists(@.bodyAr))) || (exists(@.bodyAr) && !(exists(@.subjectAr))) || (exists(@.subjectRo) && !(exists(@.bodyRo))) || (exists(@.bodyRo) && !(exists(@.subjectRo))) || (exists(@.subjectUk) && !(exists(@.bodyUk))) || (exists(@.bodyUk) && !(exists(@.subjectUk))))')`,
)
@Check('campaigns_launch_check', `("status" = 'draft') = ("launched_at" IS NULL) AND ("launched_at" IS NULL) = ("launch_size" IS NULL)`)
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'campaigns_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'jsonb' }) segment!: SegmentBody;
  @Column({ type: 'varchar', length: 5 }) channel!: 'email' | 'sms' | 'io';
  @Column({ type: 'varchar', length: 12 }) kind!: 'invitation' | 'information';
  @Column({ type: 'varchar', length: 40, nullable: true }) serviceType!: string | null;
  @Column({ type: 'smallint', nullable: true }) withinDays!: number | null;
  @Column({ type: 'date' }) startDate!: string;
  @Column({ type: 'date' }) endDate!: string;
  /** daily hours 'HH:MM' (Rome): from (included) until (excluded) */
  @Column({ type: 'varchar', length: 5 }) sendFrom!: string;
  @Column({ type: 'varchar', length: 5 }) sendUntil!: string;
  @Column({ type: 'int' }) dailyCap!: number;
  @Column({ type: 'jsonb' }) variants!: CampaignVariantData[];
  @Column({ type: 'varchar', length: 10, default: 'draft' }) status!: 'draft' | 'running' | 'completed';
  @Column({ type: 'int' }) previewSize!: number;
  @Column({ type: 'int', nullable: true }) launchSize!: number | null;
  @Column({ type: 'timestamptz', nullable: true }) launchedAt!: Date | null;
  /** who launched it: the messages and invitations are sent in their name (audit) */
  @Column({ type: 'varchar', length: 16, nullable: true }) launchedBy!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) launchedByName!: string | null;
  @Column({ type: 'varchar', length: 16 }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) completedAt!: Date | null;
}
