import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../validation/date.validator';
import { ToInt } from '../validation/int32.validator';

/**
 * Outreach campaigns (issue 16): a manager picks a segment of the people of one office, a message (one or two
 * variants, Italian and English, optionally Arabic, Romanian, Ukrainian), a channel, an invitation to book or information only, a send window and a daily cap.
 */
/** Segments, each computed by the module that owns its data: patto (DID without patto), matching (profiles that fit new vacancies), agenda (unanswered invitations). */
export const SEGMENT_KINDS = ['did_without_patto', 'fit_new_vacancies', 'unanswered_invitation'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export const CAMPAIGN_CHANNELS = ['email', 'sms', 'io'] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];
export const CAMPAIGN_KINDS = ['invitation', 'information'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_STATUSES = ['draft', 'running', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_VARIANTS = ['A', 'B'] as const;
export type CampaignVariant = (typeof CAMPAIGN_VARIANTS)[number];
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A segment: its kind and the parameters of that kind (the others are ignored). */
export class SegmentBody {
  @IsIn(SEGMENT_KINDS) kind!: SegmentKind;
  /** did_without_patto: the DID was filed at least this many days ago, and no patto since */
  @ValidateIf((o: SegmentBody) => o.kind === 'did_without_patto') @ToInt() @IsInt() @Min(0) @Max(3650) olderThanDays?: number;
  /** fit_new_vacancies: vacancies of the office published in the last N days */
  @ValidateIf((o: SegmentBody) => o.kind === 'fit_new_vacancies') @ToInt() @IsInt() @Min(1) @Max(90) publishedWithinDays?: number;
  /** fit_new_vacancies: the lowest match score (0–100) that counts as a fit; 50 when absent */
  @IsOptional() @ToInt() @IsInt() @Min(0) @Max(100) minScore?: number;
  /** unanswered_invitation: invitations sent in the last N days, expired without a booking */
  @ValidateIf((o: SegmentBody) => o.kind === 'unanswered_invitation') @ToInt() @IsInt() @Min(1) @Max(365) sentWithinDays?: number;
}

/** POST /api/operator/campaigns/segment-preview: how many people the segment holds today (opted-out people excluded). */
export class SegmentPreviewBody {
  @IsUUID('4') officeId!: string;
  @ValidateNested() @Type(() => SegmentBody) segment!: SegmentBody;
}

/** The languages a campaign message may also be written in (optional, each a subject and a body); Italian and English are required. */
export const CAMPAIGN_OPTIONAL_LANGUAGES = ['ar', 'ro', 'uk'] as const;
export type CampaignOptionalLanguage = (typeof CAMPAIGN_OPTIONAL_LANGUAGES)[number];

/** A subject and a body come together: either is validated (and required) as soon as one of the pair is given. */
const pairOf = (subject: keyof CampaignVariantBody, body: keyof CampaignVariantBody) => (o: CampaignVariantBody) => o[subject] != null || o[body] != null;

/**
 * One message variant, in Italian and English, and optionally in Arabic, Romanian and Ukrainian (each person gets
 * their language when it is written, else English; Italian readers get Italian).
 */
export class CampaignVariantBody {
  @IsString() @Length(3, 120) subjectIt!: string;
  @IsString() @Length(3, 120) subjectEn!: string;
  @IsString() @Length(10, 1000) bodyIt!: string;
  @IsString() @Length(10, 1000) bodyEn!: string;
  @ValidateIf(pairOf('subjectAr', 'bodyAr')) @IsString() @Length(3, 120) subjectAr?: string;
  @ValidateIf(pairOf('subjectAr', 'bodyAr')) @IsString() @Length(10, 1000) bodyAr?: string;
  @ValidateIf(pairOf('subjectRo', 'bodyRo')) @IsString() @Length(3, 120) subjectRo?: string;
  @ValidateIf(pairOf('subjectRo', 'bodyRo')) @IsString() @Length(10, 1000) bodyRo?: string;
  @ValidateIf(pairOf('subjectUk', 'bodyUk')) @IsString() @Length(3, 120) subjectUk?: string;
  @ValidateIf(pairOf('subjectUk', 'bodyUk')) @IsString() @Length(10, 1000) bodyUk?: string;
}

/** POST /api/operator/campaigns: a draft; nothing is sent until it is launched. */
export class CreateCampaignBody {
  @IsString() @Length(3, 120) name!: string;
  @IsUUID('4') officeId!: string;
  @ValidateNested() @Type(() => SegmentBody) segment!: SegmentBody;
  @IsIn(CAMPAIGN_CHANNELS) channel!: CampaignChannel;
  @IsIn(CAMPAIGN_KINDS) kind!: CampaignKind;
  /** invitation: the agenda service the person is invited to book */
  @ValidateIf((o: CreateCampaignBody) => o.kind === 'invitation') @IsString() @Length(2, 40) serviceType?: string;
  /** invitation: days the person has to choose a slot */
  @ValidateIf((o: CreateCampaignBody) => o.kind === 'invitation') @ToInt() @IsInt() @Min(1) @Max(60) withinDays?: number;
  /** the send window: first and last day (Europe/Rome), and the daily hours */
  @IsIsoDate() startDate!: string;
  @IsIsoDate() endDate!: string;
  @Matches(HH_MM, { message: 'sendFrom must be HH:MM' }) sendFrom!: string;
  @Matches(HH_MM, { message: 'sendUntil must be HH:MM' }) sendUntil!: string;
  /** at most this many people a day */
  @ToInt() @IsInt() @Min(1) @Max(10000) dailyCap!: number;
  /** one message, or two (A/B: each person gets one, assigned deterministically) */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2) @ValidateNested({ each: true }) @Type(() => CampaignVariantBody) variants!: CampaignVariantBody[];
}

export class CampaignIdParam {
  @IsUUID('4') campaignId!: string;
}
