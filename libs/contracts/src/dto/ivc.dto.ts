import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsFiscalCode } from '../fiscal-code.validator';
import { IsIsoDate } from '../validation/date.validator';

/**
 * Validation and certification of competences (IVC, D.Lgs. 13/2013). A case moves through these states (checked by the
 * database): the citizen asks (`requested`); an operator of the person's office takes charge as the guiding operator
 * (`identification`) and closes identification with the "documento di trasparenza" (`awaiting_validation`); an
 * assessor, never the guiding operator, takes the case (`validation`), judges each competence and closes validation:
 * `validated` (≥1 competence validated: "documento di validazione") or `not_validated`; then, optionally, the
 * commission's exam result: `certified` ("certificato") or `not_certified`.
 */
export const IVC_CASE_STATES = ['requested', 'identification', 'awaiting_validation', 'validation', 'validated', 'not_validated', 'certified', 'not_certified'] as const;
export type IvcCaseState = (typeof IVC_CASE_STATES)[number];
/** What the citizen sees: `in_progress` until validation is closed (never an unfinished judgement), then the final outcome. */
export const IVC_CITIZEN_PHASES = ['in_progress', 'validated', 'not_validated', 'certified', 'not_certified'] as const;
export type IvcCitizenPhase = (typeof IVC_CITIZEN_PHASES)[number];
/** The three outputs of D.Lgs. 13/2013 art. 2 and DM 5/1/2021 */
export const IVC_OUTPUT_KINDS = ['transparency', 'validation', 'certificate'] as const;
export type IvcOutputKind = (typeof IVC_OUTPUT_KINDS)[number];
export const IVC_EVIDENCE_KINDS = ['experience', 'document', 'note'] as const;
export type IvcEvidenceKind = (typeof IVC_EVIDENCE_KINDS)[number];
export const IVC_JUDGEMENT_OUTCOMES = ['validated', 'not_validated'] as const;
export type IvcJudgementOutcome = (typeof IVC_JUDGEMENT_OUTCOMES)[number];
export const IVC_EXAM_OUTCOMES = ['passed', 'failed'] as const;
export type IvcExamOutcome = (typeof IVC_EXAM_OUTCOMES)[number];
/** Regions whose repertoire is loaded (ISTAT region codes: 01 Piemonte, 03 Lombardia) */
export const IVC_REGIONS = ['01', '03'] as const;

/** GET /api/citizen/ivc/qualifications and GET /api/operator/ivc/qualifications */
export class IvcQualificationsQuery {
  /** words of the title or the code */
  @IsOptional() @IsString() @Length(1, 100) q?: string;
  @IsOptional() @IsIn(IVC_REGIONS) region?: string;
}
/** POST /api/citizen/ivc/cases: the person asks for validation of their competences for a qualification */
export class RequestIvcBody {
  @IsUUID('4') qualificationId!: string;
  /** what the person wants to say to the operator (optional) */
  @IsOptional() @IsString() @Length(1, 1000) note?: string;
}
export class IvcCaseIdParam {
  @IsUUID('4') caseId!: string;
}
export class IvcEvidenceParam {
  @IsUUID('4') caseId!: string;
  @IsUUID('4') evidenceId!: string;
}
export class IvcOutputIdParam {
  @IsUUID('4') outputId!: string;
}
/** GET /api/operator/ivc/cases */
export class IvcCasesQuery {
  @IsOptional() @IsIn(IVC_CASE_STATES) state?: IvcCaseState;
}
/**
 * POST /api/operator/ivc/cases/:caseId/evidence (guiding operator, state `identification`).
 * experience: `experienceIndex` = index in the matching profile's experiences (see `profileExperiences` of the case);
 * document: `documentId` = a document of the person's dossier; note: only `text`. `text` is the operator's comment
 * (required for a note). `competenceIds` (optional) says which competences of the qualification the evidence supports.
 */
export class AddIvcEvidenceBody {
  @IsIn(IVC_EVIDENCE_KINDS) kind!: IvcEvidenceKind;
  @ValidateIf((o: AddIvcEvidenceBody) => o.kind === 'experience') @IsInt() @Min(0) @Max(199) experienceIndex?: number;
  @ValidateIf((o: AddIvcEvidenceBody) => o.kind === 'document') @IsUUID('4') documentId?: string;
  @ValidateIf((o: AddIvcEvidenceBody) => o.kind === 'note' || o.text !== undefined) @IsString() @Length(1, 2000) text?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ArrayUnique() @IsUUID('4', { each: true }) competenceIds?: string[];
}
/** POST /api/operator/ivc/cases/:caseId/identification/close (guiding operator) */
export class CloseIdentificationBody {
  /** the operator's summary printed on the documento di trasparenza */
  @IsString() @Length(10, 4000) summary!: string;
}
export class IvcJudgementItem {
  @IsUUID('4') competenceId!: string;
  @IsIn(IVC_JUDGEMENT_OUTCOMES) outcome!: IvcJudgementOutcome;
  /** the assessor's reasons (methods used, evidence considered) */
  @IsString() @Length(3, 2000) notes!: string;
}
/** PUT /api/operator/ivc/cases/:caseId/judgements (the case's assessor, state `validation`): replaces the judgements given */
export class SaveIvcJudgementsBody {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => IvcJudgementItem) items!: IvcJudgementItem[];
}
/** POST /api/operator/ivc/cases/:caseId/certification (an assessor of the region, member of the commission; not the guiding operator) */
export class RecordIvcExamBody {
  @IsIn(IVC_EXAM_OUTCOMES) outcome!: IvcExamOutcome;
  @IsIsoDate() examDate!: string;
  /** the commission's minutes reference (verbale) */
  @IsString() @Length(2, 100) commissionRef!: string;
  @IsOptional() @IsString() @Length(1, 2000) notes?: string;
}
/** POST /api/operator/ivc/assessors (cpi_manager, region_admin): appoint a person as assessor for the caller's region */
export class AppointIvcAssessorBody {
  @IsFiscalCode() fiscalCode!: string;
  @IsString() @Length(1, 100) givenName!: string;
  @IsString() @Length(1, 100) familyName!: string;
}
