import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IVC_CASE_STATES, IVC_CITIZEN_PHASES, IVC_EVIDENCE_KINDS, IVC_EXAM_OUTCOMES, IVC_JUDGEMENT_OUTCOMES, IVC_OUTPUT_KINDS } from '../dto/ivc.dto';

export class IvcCompetenceResponse {
  @IsString() id!: string;
  @IsString() code!: string;
  @IsString() title!: string;
  @IsString() description!: string;
  /** Atlante del lavoro ADA code, e.g. "ADA.12.02.05" */
  @IsOptional() @IsString() adaRef?: string;
}
/** A qualification of a regional repertoire. `sample`: one of the few shipped as a demonstration (not the official list). */
export class IvcQualificationResponse {
  @IsString() id!: string;
  /** ISTAT region code: 01 Piemonte, 03 Lombardia */
  @IsString() region!: string;
  @IsString() code!: string;
  @IsString() title!: string;
  @IsInt() eqfLevel!: number;
  @IsArray() @IsString({ each: true }) adaRefs!: string[];
  /** where the record comes from (repertoire version, URL or file imported) */
  @IsString() source!: string;
  @IsBoolean() sample!: boolean;
  /** false when some field of a sample record could not be checked against the official repertoire */
  @IsBoolean() verified!: boolean;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IvcCompetenceResponse) competences!: IvcCompetenceResponse[];
}
export class IvcQualificationListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => IvcQualificationResponse) items!: IvcQualificationResponse[];
}
/** An output of the case: a sealed PDF and, when the credentials service issued it, an Open Badge. */
export class IvcOutputResponse {
  @IsString() id!: string;
  @IsIn(IVC_OUTPUT_KINDS) kind!: string;
  @IsString() issuedAt!: string;
  /** sha256 (hex) of the sealed PDF */
  @IsString() sha256!: string;
  /** GET …/outputs/:id/pdf of the caller's audience */
  @IsString() pdfUrl!: string;
  @IsOptional() @IsString() badgeUrl?: string;
  @IsBoolean() hasBadge!: boolean;
}
export class IvcEvidenceResponse {
  @IsString() id!: string;
  @IsIn(IVC_EVIDENCE_KINDS) kind!: string;
  /** experience: title · employer · from–to as the profile had it when added; document: file name; note: the text */
  @IsString() label!: string;
  @IsOptional() @IsString() text?: string;
  @IsOptional() @IsString() documentId?: string;
  @IsArray() @IsString({ each: true }) competenceIds!: string[];
  @IsString() addedAt!: string;
  @IsString() addedByName!: string;
}
export class IvcJudgementResponse {
  @IsString() competenceId!: string;
  @IsIn(IVC_JUDGEMENT_OUTCOMES) outcome!: string;
  @IsString() notes!: string;
  @IsString() judgedAt!: string;
}
export class IvcExamResponse {
  @IsIn(IVC_EXAM_OUTCOMES) outcome!: string;
  @IsString() examDate!: string;
  @IsString() commissionRef!: string;
  @IsOptional() @IsString() notes?: string;
  @IsString() recordedByName!: string;
}
/** An experience of the person's matching profile, offered as evidence (index = `experienceIndex` of AddIvcEvidenceBody) */
export class IvcProfileExperienceResponse {
  @IsInt() index!: number;
  @IsString() title!: string;
  @IsOptional() @IsString() employer?: string;
  @IsString() from!: string;
  @IsOptional() @IsString() to?: string;
}
/** The whole case, as the office's operators and the region's assessors see it. */
export class IvcCaseResponse {
  @IsString() id!: string;
  @IsIn(IVC_CASE_STATES) state!: string;
  @IsString() citizenId!: string;
  @IsString() citizenName!: string;
  @IsString() citizenFiscalCode!: string;
  @IsString() officeId!: string;
  @IsOptional() @IsString() officeName?: string;
  @ValidateNested() @Type(() => IvcQualificationResponse) qualification!: IvcQualificationResponse;
  @IsOptional() @IsString() requestNote?: string;
  @IsString() requestedAt!: string;
  @IsOptional() @IsString() guideStaffId?: string;
  @IsOptional() @IsString() guideName?: string;
  @IsOptional() @IsString() assessorId?: string;
  @IsOptional() @IsString() assessorName?: string;
  @IsOptional() @IsString() identificationSummary?: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IvcEvidenceResponse) evidence!: IvcEvidenceResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => IvcJudgementResponse) judgements!: IvcJudgementResponse[];
  @IsOptional() @ValidateNested() @Type(() => IvcExamResponse) exam?: IvcExamResponse;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IvcOutputResponse) outputs!: IvcOutputResponse[];
  /** only to the guiding operator during identification: the profile's experiences to pick from */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => IvcProfileExperienceResponse) profileExperiences?: IvcProfileExperienceResponse[];
  /** what the caller may do now (codes for the SPA's buttons) */
  @IsArray() @IsString({ each: true }) actions!: string[];
}
export class IvcCaseSummaryResponse {
  @IsString() id!: string;
  @IsIn(IVC_CASE_STATES) state!: string;
  @IsString() citizenId!: string;
  @IsString() citizenName!: string;
  @IsString() qualificationCode!: string;
  @IsString() qualificationTitle!: string;
  @IsString() requestedAt!: string;
  @IsOptional() @IsString() guideName?: string;
  @IsOptional() @IsString() assessorName?: string;
}
export class IvcCaseListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => IvcCaseSummaryResponse) items!: IvcCaseSummaryResponse[];
}
/** The citizen's view: a phase (never an unfinished judgement), and only finalised outputs. */
export class CitizenIvcCaseResponse {
  @IsString() id!: string;
  @IsIn(IVC_CITIZEN_PHASES) phase!: string;
  @ValidateNested() @Type(() => IvcQualificationResponse) qualification!: IvcQualificationResponse;
  @IsString() requestedAt!: string;
  @IsOptional() @IsString() officeName?: string;
  /** the competences validated, once validation is closed (empty before) */
  @IsArray() @IsString({ each: true }) validatedCompetenceIds!: string[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => IvcOutputResponse) outputs!: IvcOutputResponse[];
}
export class CitizenIvcCaseListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CitizenIvcCaseResponse) items!: CitizenIvcCaseResponse[];
}
export class IvcAssessorResponse {
  @IsString() id!: string;
  @IsString() fiscalCode!: string;
  @IsString() givenName!: string;
  @IsString() familyName!: string;
  @IsString() regionId!: string;
  @IsString() appointedAt!: string;
}
export class IvcAssessorListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => IvcAssessorResponse) items!: IvcAssessorResponse[];
}
