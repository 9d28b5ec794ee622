import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, Equals, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../validation/date.validator';
import { CONSENT_PARTS, type ConsentPart } from './consent.dto';
import { IsDecimal } from '../validation/decimal.validator';
import { ToInt } from '../validation/int32.validator';

// ---------------------------------------------------------------- DID

/** Income-support measure the person receives or has applied for (domain.md §2). */
export const BENEFITS = ['none', 'naspi', 'dis_coll', 'adi', 'sfl'] as const;
export type Benefit = (typeof BENEFITS)[number];
/**
 * What the person declares about their work now (art. 19 D.Lgs. 150/2015): no job; a job that ends (notice period
 * after a dismissal: "a rischio di disoccupazione"); a job below the income thresholds that keeps the status.
 */
export const WORK_CONDITIONS = ['no_job', 'notice_period', 'low_income_work'] as const;
export type WorkCondition = (typeof WORK_CONDITIONS)[number];
export const LOW_INCOME_KINDS = ['employee', 'self_employed'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const LICENCES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D', 'DE', 'CQC', 'forklift'] as const;

export class DidEducationItem {
  @IsString() @Length(2, 200) title!: string;
  /** EQF level 1–8 */
  @ToInt() @IsInt() @Min(1) @Max(8) eqfLevel!: number;
  @IsOptional() @ToInt() @IsInt() @Min(1940) @Max(2100) year?: number;
}
export class DidJobItem {
  @IsString() @Length(2, 200) occupation!: string;
  @IsOptional() @IsString() @Length(0, 200) employer?: string;
  @IsIsoDate() from!: string;
  @IsOptional() @IsIsoDate() to?: string;
}
export class DidLanguageItem {
  /** ISO 639-1, lower case */
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code (two letters)' }) language!: string;
  @IsIn(CEFR_LEVELS) level!: string;
}

/** POST /api/citizen/patto/did — registry data (name, birth, domicile) comes from SPID/CIE and the registry, not from here. */
export class FileDidBody {
  @IsIn(WORK_CONDITIONS) workCondition!: WorkCondition;
  /** no_job: the day the last job ended, if there was one */
  @IsOptional() @IsIsoDate() lastJobEndDate?: string;
  /** notice_period: the last day of work (required then) */
  @IsOptional() @IsIsoDate() noticeEndDate?: string;
  /** low_income_work: required then */
  @IsOptional() @IsIn(LOW_INCOME_KINDS) lowIncomeKind?: (typeof LOW_INCOME_KINDS)[number];
  @IsOptional() @IsDecimal({ min: 0, max: 1_000_000, maxDecimalPlaces: 2 }) expectedAnnualIncome?: number;
  @IsIn(BENEFITS) benefit!: Benefit;
  /** ISO 3166-1 alpha-2 citizenship (SPID does not carry it) */
  @Matches(/^[A-Z]{2}$/, { message: 'citizenship must be an ISO 3166-1 alpha-2 code' }) citizenship!: string;
  @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => DidEducationItem) education!: DidEducationItem[];
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => DidJobItem) jobs!: DidJobItem[];
  @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => DidLanguageItem) languages!: DidLanguageItem[];
  @IsArray() @ArrayMaxSize(13) @IsIn(LICENCES, { each: true }) licences!: string[];
  /** the person declares the data true and their immediate availability */
  @Equals(true, { message: 'declaration must be accepted' }) declaration!: boolean;
}

/** POST /api/citizen/patto/did/revoke */
export class RevokeDidBody {
  @IsString() @Length(3, 300) reason!: string;
}

// ---------------------------------------------------------------- channel

export const CONTACT_CHANNELS = ['digital', 'blended', 'in_person'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/**
 * The digital-skills self-assessment (version `dsa-1`): progressive questions, the answers in order of autonomy.
 * Question and answer texts are in the message catalogues under `citizen:channel.questions.<id>`.
 */
export const SKILLS_QUESTIONS = [
  { id: 'device', answers: ['none', 'shared', 'smartphone', 'computer'] },
  { id: 'email', answers: ['never', 'with_help', 'alone'] },
  { id: 'spid', answers: ['never', 'with_help', 'alone'] },
  { id: 'forms', answers: ['never', 'with_help', 'alone'] },
  { id: 'upload', answers: ['never', 'with_help', 'alone'] },
  { id: 'video', answers: ['never', 'with_help', 'alone'] },
] as const;
export const SKILLS_QUESTION_IDS = SKILLS_QUESTIONS.map((q) => q.id);

export class SkillsAnswer {
  @IsIn(SKILLS_QUESTION_IDS) questionId!: string;
  @IsString() @Length(1, 20) answer!: string;
}
/** POST /api/citizen/patto/channel/assessment */
export class SubmitSkillsAssessmentBody {
  @IsArray() @ArrayMaxSize(SKILLS_QUESTIONS.length) @ValidateNested({ each: true }) @Type(() => SkillsAnswer) answers!: SkillsAnswer[];
}
/** PUT /api/citizen/patto/channel/choice — the person's choice always wins over the advice */
export class ChooseChannelBody {
  @IsIn(CONTACT_CHANNELS) channel!: ContactChannel;
  @IsBoolean() needsHelp!: boolean;
  @IsOptional() @IsString() @Length(0, 200) languageNeeds?: string;
  @IsOptional() @IsString() @Length(0, 300) accessibilityNeeds?: string;
}

// ---------------------------------------------------------------- profiling

export const GOL_PATHWAYS = [1, 2, 3, 4] as const;
export const SKILLS_GAPS = ['none', 'small', 'large'] as const;

/** POST /api/operator/patto/citizens/:citizenId/assessment — the operator's qualitative assessment */
export class QualitativeAssessmentBody {
  @IsIn(SKILLS_GAPS) skillsGap!: (typeof SKILLS_GAPS)[number];
  @IsBoolean() needsSocialSupport!: boolean;
  @IsOptional() @IsString() @Length(0, 1000) notes?: string;
  /** the pathway the operator chooses; when it differs from the suggestion, overrideReason is required */
  @ToInt() @IsIn(GOL_PATHWAYS) pathway!: number;
  @IsOptional() @IsString() @Length(0, 500) overrideReason?: string;
}

// ---------------------------------------------------------------- patto

export const PATTO_ACTION_TYPES = ['job_search_workshop', 'orientation', 'training', 'traineeship', 'job_application', 'interview', 'other'] as const;
export type PattoActionType = (typeof PATTO_ACTION_TYPES)[number];

export class PattoActionInput {
  @IsIn(PATTO_ACTION_TYPES) type!: PattoActionType;
  @IsString() @Length(3, 200) title!: string;
  @IsIn(['cpi', 'agency']) provider!: 'cpi' | 'agency';
  @IsIsoDate() dueDate!: string;
}
export class PattoAvailabilityInput {
  /** job-search workshops (CV, interviews, orientation) — art. 20 c.3a */
  @IsBoolean() workshops!: boolean;
  /** training, requalification or other activation — art. 20 c.3b */
  @IsBoolean() training!: boolean;
  /** acceptance of congruous offers — art. 25 */
  @IsBoolean() congruousOffers!: boolean;
}
/** The content an operator drafts (the five mandatory contents of art. 20 c.2; the profile comes from the profiling). */
export class PattoContentBody {
  @ToInt() @IsIn(GOL_PATHWAYS) pathway!: number;
  /** the accredited agency the person chose, if any: it becomes a party and signs */
  @IsOptional() @IsUUID('4') agencyId?: string;
  /** (c) the active job-search acts required and their timing */
  @IsString() @Length(10, 2000) jobSearchActs!: string;
  /** (d) ordinary frequency of contacts with the responsible person, in days */
  @ToInt() @IsInt() @Min(7) @Max(180) contactFrequencyDays!: number;
  /** (e) how active search is proven */
  @IsString() @Length(10, 1000) proofOfSearch!: string;
  @ValidateNested() @Type(() => PattoAvailabilityInput) availability!: PattoAvailabilityInput;
  @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => PattoActionInput) actions!: PattoActionInput[];
}
/** POST /api/operator/patti */
export class CreatePattoBody extends PattoContentBody {
  @IsUUID('4') citizenId!: string;
}
export class PattoIdParam {
  @IsUUID('4') pattoId!: string;
}
export class PattoVersionParam {
  @IsUUID('4') pattoId!: string;
  @ToInt() @IsInt() @Min(1) @Max(1000) version!: number;
}
/** POST /api/operator/patti/:pattoId/close */
export class ClosePattoBody {
  @IsString() @Length(3, 300) reason!: string;
}
/** POST /api/citizen/patti/:pattoId/signature-challenges */
export class SignatureChallengeBody {
  @IsIn(['sms', 'email']) channel!: 'sms' | 'email';
}
/** POST /api/citizen/patti/:pattoId/signatures */
export class SignPattoBody {
  @IsUUID('4') challengeId!: string;
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits received' }) code!: string;
  /** SHA-256 (hex) of the text the person read: refused if the document changed meanwhile */
  @Matches(/^[0-9a-f]{64}$/, { message: 'documentSha256 must be a SHA-256 in lower-case hex' }) documentSha256!: string;
  /**
   * When the patto names an agency: the parts of the dossier the person lets it see (consent ledger, purpose GOL
   * pathway, for a year, revocable in "Chi può vedere i miei dati"). Empty or absent: nothing is granted.
   */
  @IsOptional() @IsArray() @ArrayMaxSize(CONSENT_PARTS.length) @ArrayUnique() @IsIn(CONSENT_PARTS, { each: true }) agencyConsentParts?: ConsentPart[];
}
/** POST /api/operator/patti/:pattoId/countersign and /api/agency/v1/patti/:pattoId/signatures */
export class CountersignPattoBody {
  @Matches(/^[0-9a-f]{64}$/, { message: 'documentSha256 must be a SHA-256 in lower-case hex' }) documentSha256!: string;
}

// ---------------------------------------------------------------- plan

export const OWN_ACTIVITY_KINDS = ['application', 'interview', 'course', 'other'] as const;
export type OwnActivityKind = (typeof OWN_ACTIVITY_KINDS)[number];

/** POST /api/citizen/plan/activities — the person's own job-search activity */
export class LogActivityBody {
  @IsIn(OWN_ACTIVITY_KINDS) kind!: OwnActivityKind;
  @IsString() @Length(3, 200) title!: string;
  @IsOptional() @IsString() @Length(0, 200) employer?: string;
  /** the day it happened (not in the future) */
  @IsIsoDate() date!: string;
  @IsOptional() @IsString() @Length(0, 1000) notes?: string;
}
export class PlanItemIdParam {
  @IsUUID('4') itemId!: string;
}
/** POST /api/citizen/plan/items/:itemId/status */
export class PlanItemStatusBody {
  @IsIn(['done', 'not_done']) status!: 'done' | 'not_done';
}
/** POST /api/operator/ecoach/:citizenId/nudge */
export class NudgeBody {
  @IsOptional() @IsString() @Length(0, 500) message?: string;
}
