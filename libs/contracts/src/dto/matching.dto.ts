import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { OptionalTogether } from '../validation/all-or-none.validator';
import { IsIsoDate, IsNotPastDate, IsRfc3339DateTime } from '../validation/date.validator';
import { IsDecimal } from '../validation/decimal.validator';
import { IsId, ToInt } from '../validation/int32.validator';
import { CEFR_LEVELS, LICENCES } from './patto.dto';

const ISTAT = /^\d{6}$/;

export const VISIBILITIES = ['nobody', 'cpi_agencies', 'employers_anonymous', 'employers_named'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'apprenticeship', 'temporary_agency', 'self_employed'] as const;
export const WORK_HOURS = ['full', 'part', 'any'] as const;

/** GET /api/public/matching/{skills|occupations}?q= — autocomplete on the taxonomy */
export class TaxonomySearchQuery {
  @IsString() @Length(2, 60) q!: string;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(20) limit?: number;
}
/** GET /api/public/matching/comuni?q= */
export class ComuneSearchQuery {
  @IsString() @Length(2, 60) q!: string;
}

export class ExperienceInput {
  @IsOptional() @IsId() occupationId?: number;
  @IsString() @Length(2, 200) title!: string;
  @IsOptional() @IsString() @Length(0, 200) employer?: string;
  @IsIsoDate() from!: string;
  @IsOptional() @IsIsoDate() to?: string;
  @IsOptional() @IsString() @Length(0, 1000) tasks?: string;
}
export class EducationInput {
  @IsString() @Length(2, 200) title!: string;
  @ToInt() @IsInt() @Min(1) @Max(8) eqfLevel!: number;
  @IsOptional() @ToInt() @IsInt() @Min(1940) @Max(2100) year?: number;
}
export class LanguageInput {
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code (two letters)' }) language!: string;
  @IsIn(CEFR_LEVELS) level!: string;
}

/** PUT /api/citizen/matching/profile — the whole profile (registry and DID data are pre-filled, never asked twice) */
export class SaveProfileBody {
  @IsIn(VISIBILITIES) visibility!: Visibility;
  @Matches(ISTAT, { message: 'comuneIstat must be a 6-digit ISTAT code' }) comuneIstat!: string;
  @ToInt() @IsInt() @Min(1) @Max(150) maxKm!: number;
  @IsOptional() @ToInt() @IsInt() @Min(5) @Max(240) maxMinutes?: number;
  @IsBoolean() ownVehicle!: boolean;
  @IsIn(WORK_HOURS) hours!: (typeof WORK_HOURS)[number];
  @IsBoolean() shifts!: boolean;
  @IsArray() @ArrayMaxSize(5) @IsIn(CONTRACT_TYPES, { each: true }) contractTypes!: string[];
  @IsArray() @ArrayMaxSize(5) @IsId({ each: true }) targetOccupationIds!: number[];
  @IsArray() @ArrayMaxSize(60) @IsId({ each: true }) skillIds!: number[];
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ExperienceInput) experiences!: ExperienceInput[];
  @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => EducationInput) education!: EducationInput[];
  @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => LanguageInput) languages!: LanguageInput[];
  @IsArray() @ArrayMaxSize(13) @IsIn(LICENCES, { each: true }) licences!: string[];
  @IsBoolean() available!: boolean;
}

/** GET /api/citizen/matching/vacancies — filters; sorted by fit */
export class VacancySearchQuery {
  @IsOptional() @IsString() @Length(0, 60) q?: string;
  @IsOptional() @IsIn(CONTRACT_TYPES) contractType?: string;
  @IsOptional() @IsIn(['full', 'part']) hours?: string;
  /** only vacancies within my reach (my maximum distance); default true */
  @IsOptional() @IsIn(['true', 'false']) withinReach?: string;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(50) limit?: number;
}
export class VacancyIdParam {
  @IsUUID('4') vacancyId!: string;
}
export class ApplicationIdParam {
  @IsUUID('4') applicationId!: string;
}
export class SkillRequirementInput {
  @IsId() skillId!: number;
  /** required skills: 1 (nice) … 5 (essential); optional skills ignore it */
  @ToInt() @IsInt() @Min(1) @Max(5) weight!: number;
  @IsBoolean() required!: boolean;
}

/** POST/PUT vacancies (company area and operators) */
export class VacancyBody {
  @IsString() @Length(3, 200) title!: string;
  @IsId() occupationId!: number;
  @IsString() @Length(10, 5000) description!: string;
  @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => SkillRequirementInput) skills!: SkillRequirementInput[];
  @ToInt() @IsInt() @Min(0) @Max(8) minEqf!: number;
  @IsArray() @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => LanguageInput) languages!: LanguageInput[];
  @IsArray() @ArrayMaxSize(5) @IsIn(LICENCES, { each: true }) licences!: string[];
  @Matches(ISTAT, { message: 'comuneIstat must be a 6-digit ISTAT code' }) comuneIstat!: string;
  @IsIn(CONTRACT_TYPES) contractType!: string;
  @IsIn(['full', 'part']) hours!: 'full' | 'part';
  /** monthly gross pay in euro */
  @IsOptional() @IsDecimal({ min: 0, max: 100000, maxDecimalPlaces: 2 }) payMin?: number;
  @IsOptional() @IsDecimal({ min: 0, max: 100000, maxDecimalPlaces: 2 }) payMax?: number;
  /** fixed-term contracts */
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(60) durationMonths?: number;
  @IsOptional() @IsIsoDate() startDate?: string;
  @ToInt() @IsInt() @Min(1) @Max(500) positions!: number;
  @IsIsoDate() @IsNotPastDate() expiresOn!: string;
}
/** POST /api/operator/matching/vacancies — an operator enters a vacancy for a company */
export class OperatorVacancyBody extends VacancyBody {
  @IsOptional() @IsUUID('4') companyId?: string;
  @IsUUID('4') officeId!: string;
}
/** POST /api/operator/matching/vacancies/:vacancyId/moderation */
export class ModerateVacancyBody {
  @IsIn(['approved', 'rejected']) decision!: 'approved' | 'rejected';
  @IsOptional() @IsString() @Length(0, 300) note?: string;
}
/** GET /api/operator/matching/vacancies/:vacancyId/candidates */
export class CandidateSearchQuery {
  @IsOptional() @ToInt() @IsInt() @Min(0) @Max(100) minScore?: number;
  @IsOptional() @IsIn(['true', 'false']) onlyCompleteRequired?: string;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(100) limit?: number;
}
/** POST /api/operator/matching/vacancies/:vacancyId/shortlist */
export class ShortlistBody {
  @IsArray() @ArrayMaxSize(50) @IsUUID('4', { each: true }) citizenIds!: string[];
}
/** POST /api/operator/matching/applications/:applicationId/interview — invites the candidate to an interview */
export class InviteInterviewBody {
  @IsRfc3339DateTime() at!: string;
  @IsString() @Length(3, 300) place!: string;
  @IsOptional() @IsString() @Length(0, 500) note?: string;
}
export const OUTCOMES = ['interview', 'hired', 'not_selected', 'offer_refused'] as const;
/** POST /api/operator/matching/applications/:applicationId/outcome */
export class RecordOutcomeBody {
  @IsIn(OUTCOMES) outcome!: (typeof OUTCOMES)[number];
  /** offer_refused: the reason the person gave, if it is a justified one (ministry note 39/3374 of 2016) */
  @IsOptional() @IsString() @Length(3, 500) justifiedReason?: string;
  /** offer_refused by a benefit recipient: last monthly benefit (net) in euro, for the pay test */
  @IsOptional() @IsDecimal({ min: 0, max: 10000, maxDecimalPlaces: 2 }) monthlyBenefit?: number;
}
/** POST /api/citizen/matching/applications/:applicationId/consent */
export class ConsentBody {
  @IsBoolean() granted!: boolean;
}
export const COURSE_MODES = ['in_person', 'online', 'blended'] as const;
/** POST /api/operator/matching/courses */
export class CourseBody {
  @IsString() @Length(2, 200) provider!: string;
  @IsString() @Length(3, 200) title!: string;
  @IsArray() @ArrayMaxSize(30) @IsId({ each: true }) skillIds!: number[];
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(8) eqf?: number;
  @ToInt() @IsInt() @Min(1) @Max(2000) hours!: number;
  @IsIn(COURSE_MODES) mode!: string;
  @IsOptional() @Matches(ISTAT, { message: 'comuneIstat must be a 6-digit ISTAT code' }) comuneIstat?: string;
  @IsIsoDate() startDate!: string;
  @IsIsoDate() endDate!: string;
  @ToInt() @IsInt() @Min(1) @Max(1000) seats!: number;
  @IsBoolean() free!: boolean;
  @IsBoolean() golEligible!: boolean;
}
const SLOT_TIMES = ['startTime', 'endTime', 'slotMinutes'] as const;
/** POST /api/operator/matching/recruiting-days */
export class RecruitingDayBody {
  @IsUUID('4') officeId!: string;
  @IsString() @Length(3, 200) title!: string;
  @IsIsoDate() day!: string;
  @IsIn(['in_person', 'virtual']) mode!: 'in_person' | 'virtual';
  @IsString() @Length(3, 300) place!: string;
  @IsArray() @ArrayMaxSize(50) @IsUUID('4', { each: true }) vacancyIds!: string[];
  /** interview slots for each vacancy, HH:MM Rome time: from startTime to endTime, every slotMinutes (all three or none) */
  @OptionalTogether(SLOT_TIMES) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startTime must be HH:MM' }) startTime?: string;
  @OptionalTogether(SLOT_TIMES) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'endTime must be HH:MM' }) endTime?: string;
  @OptionalTogether(SLOT_TIMES) @ToInt() @IsInt() @Min(10) @Max(120) slotMinutes?: number;
}
export class RecruitingDayIdParam {
  @IsUUID('4') recruitingDayId!: string;
}
export class RecruitingSlotParam {
  @IsUUID('4') recruitingDayId!: string;
  @IsUUID('4') slotId!: string;
}
/** POST /api/citizen/matching/recruiting-days/:recruitingDayId/signup */
export class RecruitingSignupBody {
  @IsArray() @ArrayMaxSize(20) @IsUUID('4', { each: true }) vacancyIds!: string[];
}
