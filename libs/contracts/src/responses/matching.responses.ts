import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

export class TaxonomyItemResponse {
  @IsInt() id!: number;
  @IsString() label!: string;
  /** occupations: ISCO-08 code; skills: ESCO skill type */
  @IsOptional() @IsString() code?: string;
  @IsString() source!: string;
}
export class TaxonomyListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => TaxonomyItemResponse) items!: TaxonomyItemResponse[];
}
export class ComuneResponse {
  @IsString() istat!: string;
  @IsString() name!: string;
  @IsString() province!: string;
}
export class ComuneListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ComuneResponse) items!: ComuneResponse[];
}
export class LabelledIdResponse {
  @IsInt() id!: number;
  @IsString() label!: string;
}
export class ExperienceResponse {
  @IsOptional() @IsInt() occupationId?: number;
  @IsOptional() @IsString() occupationLabel?: string;
  @IsString() title!: string;
  @IsOptional() @IsString() employer?: string;
  @IsString() from!: string;
  @IsOptional() @IsString() to?: string;
  @IsOptional() @IsString() tasks?: string;
}
export class EducationResponse {
  @IsString() title!: string;
  @IsInt() eqfLevel!: number;
  @IsOptional() @IsInt() year?: number;
}
export class LanguageResponse {
  @IsString() language!: string;
  @IsString() level!: string;
}
export class ProfileResponse {
  /** false: nothing saved yet, the values are pre-filled from the DID and the registry */
  @IsBoolean() saved!: boolean;
  @IsString() visibility!: string;
  @IsOptional() @IsString() comuneIstat?: string;
  @IsOptional() @IsString() comuneName?: string;
  @IsInt() maxKm!: number;
  @IsOptional() @IsInt() maxMinutes?: number;
  @IsBoolean() ownVehicle!: boolean;
  @IsString() hours!: string;
  @IsBoolean() shifts!: boolean;
  @IsArray() @IsString({ each: true }) contractTypes!: string[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => LabelledIdResponse) targetOccupations!: LabelledIdResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => LabelledIdResponse) skills!: LabelledIdResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => ExperienceResponse) experiences!: ExperienceResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => EducationResponse) education!: EducationResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => LanguageResponse) languages!: LanguageResponse[];
  @IsArray() @IsString({ each: true }) licences!: string[];
  @IsBoolean() available!: boolean;
  /** skills suggested from the target occupations' essential skills (ESCO), not yet in the profile */
  @IsArray() @ValidateNested({ each: true }) @Type(() => LabelledIdResponse) suggestedSkills!: LabelledIdResponse[];
}

/** The one-sentence verdict of an explanation, worded by the SPA: every required thing met, something missing, no profile yet. */
export const MATCH_SUMMARY_CODES = ['all_required', 'missing', 'no_profile'] as const;
export type MatchSummaryCode = (typeof MATCH_SUMMARY_CODES)[number];

/**
 * Why a person and a vacancy fit or not, as codes and taxonomy labels (the SPAs word it from their catalogues): the
 * same for the citizen, the operator and (anonymised) the employer.
 */
export class MatchExplanationResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => LabelledIdResponse) metRequired!: LabelledIdResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => LabelledIdResponse) missingRequired!: LabelledIdResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => LabelledIdResponse) metOptional!: LabelledIdResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => LabelledIdResponse) missingOptional!: LabelledIdResponse[];
  @IsIn(['same', 'group', 'none']) occupationMatch!: string;
  @IsInt() requiredEqf!: number;
  @IsInt() eqf!: number;
  /** languages below the level asked, as codes: { language: 'en', level: 'B1' } */
  @IsArray() @ValidateNested({ each: true }) @Type(() => LanguageResponse) missingLanguages!: LanguageResponse[];
  /** licence codes: 'B', 'C', 'CQC', 'forklift', … */
  @IsArray() @IsString({ each: true }) missingLicences!: string[];
  @IsNumber() distanceKm!: number;
  @IsInt() maxKm!: number;
  @IsBoolean() availabilityMatch!: boolean;
  /** points of each factor, e.g. { requiredSkills: 36.2, distance: 3.1 } */
  @IsOptional() @IsObject() points?: Record<string, number>;
  /** the verdict: `missing` reads "Mancano: patente B, inglese B1 · a 12 km" from the lists above */
  @IsIn(MATCH_SUMMARY_CODES) summaryCode!: MatchSummaryCode;
}
export class VacancyResponse {
  @IsString() id!: string;
  @IsString() title!: string;
  @IsInt() occupationId!: number;
  @IsString() occupationLabel!: string;
  @IsString() description!: string;
  @IsOptional() @IsString() companyName?: string;
  @IsString() comuneIstat!: string;
  @IsString() comuneName!: string;
  @IsString() contractType!: string;
  @IsString() hours!: string;
  @IsOptional() @IsNumber() payMin?: number;
  @IsOptional() @IsNumber() payMax?: number;
  @IsOptional() @IsInt() durationMonths?: number;
  @IsOptional() @IsString() startDate?: string;
  @IsInt() positions!: number;
  @IsString() expiresOn!: string;
  @IsIn(['draft', 'published', 'closed']) status!: string;
  @IsIn(['pending', 'approved', 'rejected']) moderation!: string;
  @IsOptional() @IsString() moderationNote?: string;
  @IsInt() minEqf!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => VacancySkillResponse) skills!: VacancySkillResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => LanguageResponse) languages!: LanguageResponse[];
  @IsArray() @IsString({ each: true }) licences!: string[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => VacancyFlagResponse) flags!: VacancyFlagResponse[];
  @IsOptional() @IsString() publishedAt?: string;
}
export class VacancySkillResponse {
  @IsInt() skillId!: number;
  @IsString() label!: string;
  @IsBoolean() required!: boolean;
  @IsInt() weight!: number;
}
/** A requirement that may be discriminatory, found before publication. */
export class VacancyFlagResponse {
  @IsString() code!: string;
  /** title or description */
  @IsString() field!: string;
  @IsString() excerpt!: string;
  @IsString() reason!: string;
  @IsString() source!: string;
}
export class VacancyListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => VacancyResponse) items!: VacancyResponse[];
}
export class CourseResponse {
  @IsString() id!: string;
  @IsString() provider!: string;
  @IsString() title!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => LabelledIdResponse) skills!: LabelledIdResponse[];
  @IsOptional() @IsInt() eqf?: number;
  @IsInt() hours!: number;
  @IsString() mode!: string;
  @IsOptional() @IsString() comuneName?: string;
  @IsString() startDate!: string;
  @IsString() endDate!: string;
  @IsInt() seats!: number;
  @IsBoolean() free!: boolean;
  @IsBoolean() golEligible!: boolean;
  /** suggestions: which of the person's gaps it covers */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => LabelledIdResponse) covers?: LabelledIdResponse[];
}
export class CourseListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CourseResponse) items!: CourseResponse[];
}
export class GapCoursesResponse {
  @ValidateNested() @Type(() => LabelledIdResponse) skill!: LabelledIdResponse;
  @IsArray() @ValidateNested({ each: true }) @Type(() => CourseResponse) courses!: CourseResponse[];
}
export class VacancyMatchResponse {
  @ValidateNested() @Type(() => VacancyResponse) vacancy!: VacancyResponse;
  /** 0–100 */
  @IsNumber() score!: number;
  @ValidateNested() @Type(() => MatchExplanationResponse) explanation!: MatchExplanationResponse;
  @IsBoolean() saved!: boolean;
  @IsOptional() @IsString() applicationStatus?: string;
  /** detail only: for each missing skill, the courses that teach it */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => GapCoursesResponse) gapCourses?: GapCoursesResponse[];
}
export class VacancyMatchListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => VacancyMatchResponse) items!: VacancyMatchResponse[];
  /** false: no saved profile yet — the list is not ranked */
  @IsBoolean() ranked!: boolean;
}
export class ApplicationResponse {
  @IsString() id!: string;
  @IsString() vacancyId!: string;
  @IsString() vacancyTitle!: string;
  @IsOptional() @IsString() companyName?: string;
  @IsIn(['applied', 'proposed', 'shortlisted', 'withdrawn']) status!: string;
  @IsIn(['none', 'pending', 'granted', 'refused']) consent!: string;
  @IsOptional() @IsString() outcome?: string;
  @IsOptional() @IsNumber() score?: number;
  @IsOptional() @IsString() sharedAt?: string;
  @IsString() createdAt!: string;
}
export class ApplicationListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ApplicationResponse) items!: ApplicationResponse[];
}
/** A ranked candidate as the operator sees it. */
export class CandidateResponse {
  @IsString() citizenId!: string;
  @IsString() name!: string;
  @IsString() fiscalCode!: string;
  @IsNumber() score!: number;
  @ValidateNested() @Type(() => MatchExplanationResponse) explanation!: MatchExplanationResponse;
  @IsString() visibility!: string;
  @IsOptional() @IsString() applicationId?: string;
  @IsOptional() @IsString() applicationStatus?: string;
  @IsOptional() @IsString() consent?: string;
  @IsOptional() @IsString() outcome?: string;
}
export class CandidateListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CandidateResponse) items!: CandidateResponse[];
}
/** What the employer sees of a shared candidate: anonymised until the candidate consents to be named. */
export class SharedCandidateResponse {
  @IsString() applicationId!: string;
  /** 1, 2, …: the candidate's number in the shared list (the SPA words "Candidato 1" while the name is not shown) */
  @IsInt() candidateNumber!: number;
  /** the name, once the candidate consented to be named (`named`) */
  @IsOptional() @IsString() displayName?: string;
  @IsBoolean() named!: boolean;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() phone?: string;
  @IsNumber() score!: number;
  @ValidateNested() @Type(() => MatchExplanationResponse) explanation!: MatchExplanationResponse;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ExperienceResponse) experiences!: ExperienceResponse[];
  @IsIn(['none', 'pending', 'granted', 'refused']) consent!: string;
  @IsOptional() @IsString() outcome?: string;
}
export class SharedCandidateListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => SharedCandidateResponse) items!: SharedCandidateResponse[];
}
/**
 * One congruity check of a refused offer: the rule's code and the figures it compared, worded by the SPA. `params` by
 * rule: distance_short / distance_long { km (null: unknown), maxKm, months }; coherence { band: short | medium | long };
 * contract { contractType, durationMonths, minMonths }; pay_over_benefit { payMin, benefit, threshold, percent } (payMin
 * or benefit null: not comparable).
 */
export class CongruityCheckResponse {
  @IsString() rule!: string;
  @IsBoolean() passed!: boolean;
  @IsObject() params!: Record<string, string | number | null>;
  @IsString() source!: string;
  @IsBoolean() verified!: boolean;
}
export class OutcomeResponse {
  @ValidateNested() @Type(() => ApplicationResponse) application!: ApplicationResponse;
  /** offer_refused only */
  @IsOptional() @IsBoolean() congruous?: boolean;
  @IsOptional() @IsBoolean() justified?: boolean;
  @IsOptional() @IsBoolean() benefitRecipient?: boolean;
  /** true when `offer.refused` was published for the conditionality module */
  @IsOptional() @IsBoolean() eventPublished?: boolean;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => CongruityCheckResponse) checks?: CongruityCheckResponse[];
}
export class RecruitingSlotResponse {
  @IsString() id!: string;
  @IsString() vacancyId!: string;
  @IsString() startsAt!: string;
  /** HH:MM, Rome */
  @IsString() localTime!: string;
  @IsBoolean() free!: boolean;
  /** booked by the caller (citizen) */
  @IsOptional() @IsBoolean() mine?: boolean;
  /** operators: who booked it */
  @IsOptional() @IsString() bookedBy?: string;
}
export class RecruitingDayResponse {
  @IsString() id!: string;
  @IsString() title!: string;
  @IsString() day!: string;
  @IsString() mode!: string;
  @IsString() place!: string;
  @IsString() officeName!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => VacancyResponse) vacancies!: VacancyResponse[];
  @IsInt() signups!: number;
  @IsOptional() @IsBoolean() signedUp?: boolean;
  @IsArray() @ValidateNested({ each: true }) @Type(() => RecruitingSlotResponse) slots!: RecruitingSlotResponse[];
}
export class RecruitingDayListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => RecruitingDayResponse) items!: RecruitingDayResponse[];
}
