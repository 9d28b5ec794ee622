import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { SATISFACTION_GROUP_BYS, SURVEY_CHANNELS, SURVEY_SERVICE_KINDS, SURVEY_STATUSES } from '../dto/surveys.dto';
import { TextInEveryLanguage } from './texts.responses';

/** A question of the survey (question sets are versioned data): `texts` in every language; textIt/textEn kept for older readers. */
export class SurveyQuestionResponse {
  @IsString() code!: string;
  @IsString() textIt!: string;
  @IsString() textEn!: string;
  /** the question in every language (always sent by the API) */
  @IsOptional() @ValidateNested() @Type(() => TextInEveryLanguage) texts?: TextInEveryLanguage;
}
export class SurveyQuestionAnswerResponse {
  @IsString() code!: string;
  @IsInt() value!: number;
}
/** The person's own answer, as recorded (the comment is gone once withdrawn). */
export class SurveyAnswerResponse {
  @IsInt() rating!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => SurveyQuestionAnswerResponse) answers!: SurveyQuestionAnswerResponse[];
  @IsOptional() @IsString() comment?: string;
  @IsBoolean() commentWithdrawn!: boolean;
  @IsString() answeredAt!: string;
}
/** What the survey link shows: the service it follows and its questions; nothing that names the person. */
export class PublicSurveyResponse {
  @IsIn(SURVEY_SERVICE_KINDS) serviceKind!: string;
  @IsString() serviceNameIt!: string;
  @IsString() serviceNameEn!: string;
  /** the service's name in every language (always sent by the API; serviceNameIt/En kept for older readers) */
  @IsOptional() @ValidateNested() @Type(() => TextInEveryLanguage) serviceNames?: TextInEveryLanguage;
  @IsString() officeName!: string;
  /** YYYY-MM-DD, Europe/Rome: when the service was delivered */
  @IsString() serviceDate!: string;
  @IsIn(SURVEY_STATUSES) status!: string;
  @IsString() expiresAt!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => SurveyQuestionResponse) questions!: SurveyQuestionResponse[];
  @IsOptional() @ValidateNested() @Type(() => SurveyAnswerResponse) answer?: SurveyAnswerResponse;
}
/** One of my surveys ("Valuta il servizio"), with its link. */
export class CitizenSurveyResponse {
  @IsString() id!: string;
  @IsIn(SURVEY_SERVICE_KINDS) serviceKind!: string;
  @IsString() serviceNameIt!: string;
  @IsString() serviceNameEn!: string;
  /** the service's name in every language (always sent by the API; serviceNameIt/En kept for older readers) */
  @IsOptional() @ValidateNested() @Type(() => TextInEveryLanguage) serviceNames?: TextInEveryLanguage;
  @IsString() officeName!: string;
  @IsString() serviceDate!: string;
  @IsIn(SURVEY_STATUSES) status!: string;
  @IsString() expiresAt!: string;
  /** the signed token of the survey's link (/valuta/<token>) */
  @IsString() token!: string;
}
export class CitizenSurveyListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CitizenSurveyResponse) items!: CitizenSurveyResponse[];
}
/** One group of the results: counts and mean of the overall rating. */
export class SatisfactionRowResponse {
  /** office id | service kind | channel | YYYY-MM */
  @IsString() key!: string;
  /** the office's name when grouped by office */
  @IsOptional() @IsString() label?: string;
  @IsInt() answers!: number;
  @IsOptional() @IsNumber() meanRating?: number;
  /** how many answers rated 1, 2, 3, 4, 5 */
  @IsArray() @IsInt({ each: true }) ratingCounts!: number[];
}
export class SatisfactionResultsResponse {
  @IsIn(SATISFACTION_GROUP_BYS) groupBy!: string;
  @IsString() from!: string;
  @IsString() to!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => SatisfactionRowResponse) rows!: SatisfactionRowResponse[];
  @IsInt() totalAnswers!: number;
  @IsOptional() @IsNumber() meanRating?: number;
}
/** A comment as managers see it: no name, no fiscal code, no ids that lead to the person. */
export class SatisfactionCommentResponse {
  @IsString() answeredOn!: string;
  @IsString() officeName!: string;
  @IsIn(SURVEY_SERVICE_KINDS) serviceKind!: string;
  @IsIn(SURVEY_CHANNELS) channel!: string;
  @IsInt() rating!: number;
  @IsString() comment!: string;
}
export class SatisfactionCommentListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => SatisfactionCommentResponse) items!: SatisfactionCommentResponse[];
}
