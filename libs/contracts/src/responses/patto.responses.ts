import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

// ---------------------------------------------------------------- DID

export class DidEducationResponse {
  @IsString() title!: string;
  @IsInt() eqfLevel!: number;
  @IsOptional() @IsInt() year?: number;
}
export class DidJobResponse {
  @IsString() occupation!: string;
  @IsOptional() @IsString() employer?: string;
  @IsString() from!: string;
  @IsOptional() @IsString() to?: string;
}
export class DidLanguageResponse {
  @IsString() language!: string;
  @IsString() level!: string;
}
export class DidResponse {
  @IsString() id!: string;
  @IsIn(['active', 'revoked']) status!: string;
  @IsString() filedAt!: string;
  @IsOptional() @IsString() revokedAt?: string;
  @IsOptional() @IsString() revokeReason?: string;
  @IsString() workCondition!: string;
  @IsOptional() @IsString() lastJobEndDate?: string;
  @IsOptional() @IsString() noticeEndDate?: string;
  @IsOptional() @IsString() lowIncomeKind?: string;
  @IsOptional() @IsNumber() expectedAnnualIncome?: number;
  @IsString() benefit!: string;
  @IsString() citizenship!: string;
  /** YYYY-MM-DD: by this day the person contacts the CPI (30 days, 15 for NASpI/DIS-COLL recipients) */
  @IsString() contactDeadline!: string;
  @IsInt() contactDays!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DidEducationResponse) education!: DidEducationResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DidJobResponse) jobs!: DidJobResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DidLanguageResponse) languages!: DidLanguageResponse[];
  @IsArray() @IsString({ each: true }) licences!: string[];
}
/** One step of how the employment status was derived: the rule, the fact it used, and its legal source. */
export class DerivationStepResponse {
  @IsString() rule!: string;
  @IsString() fact!: string;
  @IsString() source!: string;
  /** the step as a code (e.g. did_active, notice_running) with `params`: the SPAs render fact and rule from it; `fact` and `rule` are in Italian */
  @IsOptional() @IsString() code?: string;
  @IsOptional() @IsObject() params?: Record<string, string | number>;
}
export class EmploymentStatusResponse {
  /** unemployed = "disoccupato"; at_risk = "a rischio di disoccupazione" */
  @IsIn(['unemployed', 'at_risk', 'not_unemployed']) status!: string;
  @IsOptional() @IsString() since?: string;
  @IsInt() monthsUnemployed!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DerivationStepResponse) derivation!: DerivationStepResponse[];
}
/** What the person's professional profile (matching) already says: the DID form starts from it, not from blank rows. */
export class DidProfilePrefillResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => DidEducationResponse) education!: DidEducationResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DidJobResponse) jobs!: DidJobResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DidLanguageResponse) languages!: DidLanguageResponse[];
  @IsArray() @IsString({ each: true }) licences!: string[];
}
/** Registry data shown read-only in the DID form: never asked twice. */
export class DidPrefillResponse {
  @IsString() fiscalCode!: string;
  @IsString() givenName!: string;
  @IsString() familyName!: string;
  @IsOptional() @IsString() birthDate?: string;
  @IsOptional() @IsString() gender?: string;
  @IsOptional() @IsString() domicile?: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() mobilePhone?: string;
  @IsOptional() @IsString() officeName?: string;
  /** without an active DID: the professional profile's studies, jobs, languages and licences, to pre-fill the form */
  @IsOptional() @ValidateNested() @Type(() => DidProfilePrefillResponse) profile?: DidProfilePrefillResponse;
}
export class DidOverviewResponse {
  @IsOptional() @ValidateNested() @Type(() => DidResponse) active?: DidResponse;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DidResponse) history!: DidResponse[];
  @ValidateNested() @Type(() => EmploymentStatusResponse) employmentStatus!: EmploymentStatusResponse;
  @ValidateNested() @Type(() => DidPrefillResponse) prefill!: DidPrefillResponse;
}

// ---------------------------------------------------------------- channel

export class ChannelProfileResponse {
  @IsString() modelVersion!: string;
  @IsOptional() @IsIn(['digital', 'blended', 'in_person']) advisedChannel?: string;
  @IsOptional() @IsInt() score?: number;
  @IsInt() maxScore!: number;
  @IsOptional() @IsString() assessedAt?: string;
  /** the person's own choice: it always wins over the advice */
  @IsOptional() @IsIn(['digital', 'blended', 'in_person']) chosenChannel?: string;
  @IsBoolean() needsHelp!: boolean;
  @IsOptional() @IsString() languageNeeds?: string;
  @IsOptional() @IsString() accessibilityNeeds?: string;
}

// ---------------------------------------------------------------- profiling

export class ProfilingFactorResponse {
  /** factor code, e.g. `age_50_plus`; label in the catalogue `operator:profiling.factors.<code>` */
  @IsString() factor!: string;
  /** the person's value that triggered it, e.g. "54" */
  @IsString() value!: string;
  /** contribution to the linear predictor (log-odds); positive = more disadvantage */
  @IsNumber() contribution!: number;
}
export class ProfilingResponse {
  @IsString() id!: string;
  @IsString() modelVersion!: string;
  @IsString() modelNote!: string;
  /** 0–1: estimated probability of still being unemployed in 12 months */
  @IsNumber() index!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ProfilingFactorResponse) factors!: ProfilingFactorResponse[];
  @IsString() computedAt!: string;
  @IsInt() suggestedPathway!: number;
  @IsOptional() @IsInt() chosenPathway?: number;
  @IsOptional() @IsString() skillsGap?: string;
  @IsOptional() @IsBoolean() needsSocialSupport?: boolean;
  @IsOptional() @IsString() notes?: string;
  @IsOptional() @IsString() overrideReason?: string;
  @IsOptional() @IsString() assessedBy?: string;
  @IsOptional() @IsString() assessedAt?: string;
}

// ---------------------------------------------------------------- patto

export class PattoActionResponse {
  @IsString() type!: string;
  @IsString() title!: string;
  @IsString() provider!: string;
  @IsString() dueDate!: string;
}
export class PattoContentResponse {
  @IsInt() pathway!: number;
  @IsOptional() @IsString() agencyId?: string;
  @IsOptional() @IsString() agencyName?: string;
  @IsString() responsibleName!: string;
  @IsString() jobSearchActs!: string;
  @IsInt() contactFrequencyDays!: number;
  @IsString() proofOfSearch!: string;
  @IsBoolean() availabilityWorkshops!: boolean;
  @IsBoolean() availabilityTraining!: boolean;
  @IsBoolean() availabilityCongruousOffers!: boolean;
  /** (b) the employability profile at drafting time */
  @IsOptional() @IsNumber() profilingIndex?: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => PattoActionResponse) actions!: PattoActionResponse[];
}
/** The evidence kept for one party's signature. */
export class PattoSignatureResponse {
  @IsIn(['citizen', 'operator', 'agency']) party!: string;
  @IsString() signerName!: string;
  @IsString() signerFiscalCode!: string;
  @IsIn(['otp_remote', 'session', 'in_person_scan']) method!: string;
  @IsString() documentSha256!: string;
  @IsString() signedAt!: string;
  @IsOptional() @IsInt() spidLevel?: number;
  @IsOptional() @IsString() otpChannel?: string;
  @IsOptional() @IsString() otpVerifiedAt?: string;
  @IsOptional() @IsString() ip?: string;
  @IsOptional() @IsString() userAgent?: string;
  @IsOptional() @IsString() scanDocumentId?: string;
}
export class DiffLineResponse {
  @IsIn(['same', 'added', 'removed']) kind!: string;
  @IsString() text!: string;
}
export class PattoVersionResponse {
  @IsInt() version!: number;
  @IsIn(['draft', 'proposed', 'signed', 'amended', 'closed']) status!: string;
  @ValidateNested() @Type(() => PattoContentResponse) content!: PattoContentResponse;
  /** plain-language summary shown before the full text */
  @IsString() summary!: string;
  @IsString() fullText!: string;
  @IsOptional() @IsString() sha256?: string;
  @IsString() createdAt!: string;
  @IsOptional() @IsString() proposedAt?: string;
  @IsOptional() @IsString() signedAt?: string;
  @IsArray() @IsString({ each: true }) requiredParties!: string[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => PattoSignatureResponse) signatures!: PattoSignatureResponse[];
  /** against the previous version (amendments only) */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => DiffLineResponse) diff?: DiffLineResponse[];
}
export class PattoResponse {
  @IsString() id!: string;
  @IsString() citizenId!: string;
  @IsString() citizenName!: string;
  @IsString() citizenFiscalCode!: string;
  @IsString() officeId!: string;
  @IsString() officeName!: string;
  @IsIn(['draft', 'proposed', 'signed', 'amended', 'closed']) status!: string;
  @IsInt() currentVersion!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => PattoVersionResponse) versions!: PattoVersionResponse[];
  @IsOptional() @IsString() closedAt?: string;
  @IsOptional() @IsString() closeReason?: string;
  /**
   * While a version waits for signatures: the Rome date (YYYY-MM-DD) by which it is to be signed, set at the proposal
   * from the dated parameter `patto_signature_days` (an OpenCPI setting: the sources give no term, see the migration).
   */
  @IsOptional() @IsString() signatureDueDate?: string;
  /** `signatureDueDate` is before today (Rome) and a version still waits for signatures */
  @IsOptional() @IsBoolean() signatureOverdue?: boolean;
}
export class PattoListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => PattoResponse) items!: PattoResponse[];
}
export class PattoTemplateResponse {
  @IsInt() pathway!: number;
  @IsString() jobSearchActs!: string;
  @IsInt() contactFrequencyDays!: number;
  @IsString() proofOfSearch!: string;
  @IsBoolean() availabilityWorkshops!: boolean;
  @IsBoolean() availabilityTraining!: boolean;
  @IsBoolean() availabilityCongruousOffers!: boolean;
  /** actions with their due date as days from today */
  @IsArray() @ValidateNested({ each: true }) @Type(() => PattoTemplateActionResponse) actions!: PattoTemplateActionResponse[];
}
export class PattoTemplateActionResponse {
  @IsString() type!: string;
  @IsString() title!: string;
  @IsString() provider!: string;
  @IsInt() dueInDays!: number;
}
export class PattoTemplateListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => PattoTemplateResponse) items!: PattoTemplateResponse[];
}
export class SignatureChallengeResponse {
  @IsString() challengeId!: string;
  @IsIn(['sms', 'email']) channel!: string;
  /** masked address, e.g. "+39 ••• ••• 4567" */
  @IsString() sentTo!: string;
  @IsString() expiresAt!: string;
}

/** The operator's page of one person: DID, status, channel, profiling, patto. */
export class PersonOverviewResponse {
  @IsString() citizenId!: string;
  @IsString() fiscalCode!: string;
  @IsString() name!: string;
  @IsOptional() @ValidateNested() @Type(() => DidResponse) did?: DidResponse;
  @ValidateNested() @Type(() => EmploymentStatusResponse) employmentStatus!: EmploymentStatusResponse;
  @ValidateNested() @Type(() => ChannelProfileResponse) channel!: ChannelProfileResponse;
  @IsOptional() @ValidateNested() @Type(() => ProfilingResponse) profiling?: ProfilingResponse;
  @IsOptional() @ValidateNested() @Type(() => PattoResponse) patto?: PattoResponse;
}
export class WorklistItemResponse {
  @IsString() citizenId!: string;
  @IsString() fiscalCode!: string;
  @IsString() name!: string;
  @IsString() officeName!: string;
  @IsString() didFiledAt!: string;
  @IsString() benefit!: string;
  @IsString() contactDeadline!: string;
  /** days past the deadline (negative: days left) */
  @IsInt() daysOverdue!: number;
  @IsIn(['overdue', 'due']) state!: string;
  @IsOptional() @IsString() chosenChannel?: string;
  @IsBoolean() needsHelp!: boolean;
}
export class WorklistResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => WorklistItemResponse) items!: WorklistItemResponse[];
}
