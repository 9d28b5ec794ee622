import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../validation/date.validator';

/**
 * Satisfaction surveys (issue 16): one short survey after each service, reached by a signed link or inside the SPA.
 * The service kinds a survey can follow, and the channels results are grouped by.
 */
export const SURVEY_SERVICE_KINDS = ['appointment', 'patto', 'certificate', 'vacancy'] as const;
export type SurveyServiceKind = (typeof SURVEY_SERVICE_KINDS)[number];
/** how the service was delivered: appointments in person, by phone or video; self-service online; unspecified when not recorded */
export const SURVEY_CHANNELS = ['in_person', 'phone', 'video', 'online', 'unspecified'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];
export const SURVEY_STATUSES = ['open', 'answered', 'expired'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SATISFACTION_GROUP_BYS = ['office', 'service', 'channel', 'month'] as const;
export type SatisfactionGroupBy = (typeof SATISFACTION_GROUP_BYS)[number];
export const SURVEY_COMMENT_MAX = 1000;

/** /api/public/surveys/:token: any string; a forged or unknown link is a 404, never a 400 that tells shapes apart */
export class SurveyTokenParam {
  @IsString() @Length(1, 200) token!: string;
}

/** One question's answer (1–5), by the question's code. */
export class SurveyQuestionAnswerBody {
  @Matches(/^[a-z_]{1,40}$/, { message: 'code must be a question code' }) code!: string;
  @IsInt() @Min(1) @Max(5) value!: number;
}

/** POST /api/public/surveys/:token/answer: the overall rating, optional answers to the questions, an optional comment. */
export class AnswerSurveyBody {
  @IsInt({ message: 'rating must be a whole number from 1 to 5' }) @Min(1) @Max(5) rating!: number;
  @IsOptional() @IsArray() @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => SurveyQuestionAnswerBody) answers?: SurveyQuestionAnswerBody[];
  @IsOptional() @IsString() @MaxLength(SURVEY_COMMENT_MAX) comment?: string;
}

/** GET /api/operator/surveys/results: managers, their offices (a region admin: all of the region's). Default: the last 90 days by office. */
export class SatisfactionResultsQuery {
  /** YYYY-MM-DD (Europe/Rome day of the answers); default 90 days before `to` */
  @IsOptional() @IsIsoDate() from?: string;
  /** default today */
  @IsOptional() @IsIsoDate() to?: string;
  @IsOptional() @IsIn(SATISFACTION_GROUP_BYS) groupBy?: SatisfactionGroupBy;
  /** only this office (one of the caller's) */
  @IsOptional() @IsUUID('4') officeId?: string;
}

/** GET /api/operator/surveys/comments: the comments of the period (default: the last 90 days), without the person's identity. */
export class SatisfactionCommentsQuery {
  @IsOptional() @IsIsoDate() from?: string;
  @IsOptional() @IsIsoDate() to?: string;
  @IsOptional() @IsUUID('4') officeId?: string;
}
