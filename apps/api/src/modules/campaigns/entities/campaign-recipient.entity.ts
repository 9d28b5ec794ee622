import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

/**
 * A person frozen into a campaign at launch, with the variant they get (deterministic) and, once processed, the Rome
 * day it happened (the daily cap counts these), the outcome, and the agenda invitation made for them.
 */
@Entity({ schema: 'campaigns', name: 'recipients' })
@Index('recipients_campaign_day_idx', ['campaignId', 'sentOn'])
@Check('recipients_variant_check', `"variant" IN ('A', 'B')`)
@Check('recipients_status_check', `"status" IN ('pending', 'sent', 'unreachable')`)
@Check('recipients_processed_check', `("status" = 'pending') = ("sent_on" IS NULL) AND ("sent_on" IS NULL) = ("sent_at" IS NULL)`)
export class CampaignRecipientEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'recipients_pkey' }) campaignId!: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'recipients_pkey' }) citizenId!: string;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'recipients_campaign_fk' })
  campaign?: CampaignEntity;
  @Column({ type: 'varchar', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 1 }) variant!: 'A' | 'B';
  @Column({ type: 'varchar', length: 12, default: 'pending' }) status!: 'pending' | 'sent' | 'unreachable';
  @Column({ type: 'date', nullable: true }) sentOn!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) invitationId!: string | null;
}
