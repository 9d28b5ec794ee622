import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { SUPPORTED_LOCALES } from '../locales';
import { CAMPAIGN_CHANNELS, CAMPAIGN_KINDS, CAMPAIGN_STATUSES, CAMPAIGN_VARIANTS, SegmentBody } from '../dto/campaigns.dto';

export class SegmentPreviewResponse {
  /** people in the segment today, opted-out people excluded */
  @IsInt() size!: number;
  /** people of the segment left out because they opted out of non-mandatory messages */
  @IsInt() optedOut!: number;
}

/** One step count per variant: sent → delivered → opened link → booked → attended (the last three only for invitations). */
export class CampaignFunnelRow {
  /** A, B, or `all` for the campaign's total */
  @IsIn([...CAMPAIGN_VARIANTS, 'all']) variant!: string;
  @IsInt() recipients!: number;
  @IsInt() sent!: number;
  @IsInt() delivered!: number;
  @IsOptional() @IsInt() opened?: number;
  @IsOptional() @IsInt() booked?: number;
  @IsOptional() @IsInt() attended?: number;
}

export class CampaignVariantResponse {
  @IsIn(CAMPAIGN_VARIANTS) variant!: string;
  @IsString() subjectIt!: string;
  @IsString() subjectEn!: string;
  @IsString() bodyIt!: string;
  @IsString() bodyEn!: string;
  @IsOptional() @IsString() subjectAr?: string;
  @IsOptional() @IsString() bodyAr?: string;
  @IsOptional() @IsString() subjectRo?: string;
  @IsOptional() @IsString() bodyRo?: string;
  @IsOptional() @IsString() subjectUk?: string;
  @IsOptional() @IsString() bodyUk?: string;
  /** the languages the message is written in: it, en, then those of ar, ro, uk the office wrote (the others read English) */
  @IsArray() @IsIn(SUPPORTED_LOCALES, { each: true }) languages!: string[];
}

export class CampaignResponse {
  @IsString() id!: string;
  @IsString() name!: string;
  @IsString() officeId!: string;
  @IsString() officeName!: string;
  @ValidateNested() @Type(() => SegmentBody) segment!: SegmentBody;
  @IsIn(CAMPAIGN_CHANNELS) channel!: string;
  @IsIn(CAMPAIGN_KINDS) kind!: string;
  @IsOptional() @IsString() serviceType?: string;
  @IsOptional() @IsInt() withinDays?: number;
  @IsString() startDate!: string;
  @IsString() endDate!: string;
  @IsString() sendFrom!: string;
  @IsString() sendUntil!: string;
  @IsInt() dailyCap!: number;
  @IsIn(CAMPAIGN_STATUSES) status!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => CampaignVariantResponse) variants!: CampaignVariantResponse[];
  /** the segment's size when the draft was made (a preview) */
  @IsInt() previewSize!: number;
  /** launched: the people then frozen as recipients (segment at launch minus opted-out) */
  @IsOptional() @IsInt() launchSize?: number;
  @IsOptional() @IsString() launchedAt?: string;
  @IsString() createdAt!: string;
  @IsBoolean() abTest!: boolean;
}
export class CampaignListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CampaignResponse) items!: CampaignResponse[];
}
export class CampaignFunnelResponse {
  @IsString() campaignId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => CampaignFunnelRow) variants!: CampaignFunnelRow[];
  @ValidateNested() @Type(() => CampaignFunnelRow) total!: CampaignFunnelRow;
}
