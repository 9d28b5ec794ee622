import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

const BENEFITS = ['NASPI', 'DISCOLL', 'ADI', 'SFL'];
const BREACHES = ['missed_appointment', 'missed_orientation', 'missed_training', 'offer_refused', 'psp_not_signed'];
const SANCTIONS = ['cut_quarter_month', 'cut_month', 'loss', 'annulled'];
const STATES = ['open', 'justification_submitted', 'pending_confirmation', 'decided_justified', 'measure_confirmed'];

/** One step of a ladder rule (GET …/rules and the citizen's obligations). */
export class SanctionRuleResponse {
  @IsString() id!: string;
  @IsIn(BENEFITS) benefit!: string;
  @IsIn(BREACHES) ruleCode!: string;
  /** the rule version (e.g. `naspi-2015`): a measure keeps the version and step it was decided with */
  @IsString() version!: string;
  /** YYYY-MM-DD */
  @IsString() validFrom!: string;
  @IsOptional() @IsString() validTo?: string;
  /** 1 = first breach; the last step applies to every further breach */
  @IsInt() step!: number;
  @IsIn(SANCTIONS) sanction!: string;
  @IsString() legalSource!: string;
  /** false where the sources leave the rule open (shown as "to be verified") */
  @IsBoolean() verified!: boolean;
  /** code of a note on what is open (catalogue key), if any */
  @IsOptional() @IsString() noteCode?: string;
}

/** A dated, sourced legal parameter of the module (e.g. the justification window). */
export class ConditionalityParameterResponse {
  @IsString() key!: string;
  @IsString() validFrom!: string;
  @IsString() value!: string;
  @IsString() unit!: string;
  @IsString() source!: string;
  @IsBoolean() verified!: boolean;
}

export class SanctionRuleListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => SanctionRuleResponse) items!: SanctionRuleResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => ConditionalityParameterResponse) parameters!: ConditionalityParameterResponse[];
}

/** One obligation that applies to me because of a benefit: the rule code, its source and its ladder. */
export class ObligationResponse {
  @IsIn(BREACHES) ruleCode!: string;
  @IsString() legalSource!: string;
  @IsBoolean() verified!: boolean;
  /** the sanctions in ladder order (step 1 first) */
  @IsArray() @IsIn(SANCTIONS, { each: true }) ladder!: string[];
}

export class BenefitObligationsResponse {
  /** INPS's identifier of the benefit */
  @IsString() benefitId!: string;
  @IsIn(BENEFITS) benefit!: string;
  @IsString() startDate!: string;
  @IsOptional() @IsString() endDate?: string;
  @IsIn(['active', 'suspended', 'ended']) status!: string;
  /** why these obligations apply, as a catalogue code (e.g. `recipient_naspi`) */
  @IsString() reasonCode!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ObligationResponse) obligations!: ObligationResponse[];
}

/** GET /api/citizen/condizionalita/obligations */
export class ObligationsResponse {
  /** false when INPS could not be reached now: `benefits` is then empty and the page says "try later" */
  @IsBoolean() benefitsAvailable!: boolean;
  @IsArray() @ValidateNested({ each: true }) @Type(() => BenefitObligationsResponse) benefits!: BenefitObligationsResponse[];
}

/** A case in a list (citizen: mine; operator: the worklist, with the person and the office). */
export class ConditionalityCaseSummaryResponse {
  @IsString() id!: string;
  @IsIn(STATES) state!: string;
  @IsIn(BREACHES) breachCode!: string;
  @IsIn(BENEFITS) benefit!: string;
  /** YYYY-MM-DD (Rome): the day of the missed appointment, refusal or due date */
  @IsString() occurredOn!: string;
  /** YYYY-MM-DD (Rome): the last day to justify (inclusive) */
  @IsString() deadline!: string;
  /** can a justification still be submitted (state open and today ≤ deadline, Rome) */
  @IsBoolean() windowOpen!: boolean;
  /** RFC 3339 */
  @IsString() openedAt!: string;
  /** the sanction of the effective measure, when one is confirmed */
  @IsOptional() @IsIn(SANCTIONS) sanction?: string;
  // operator views only
  @IsOptional() @IsString() citizenId?: string;
  @IsOptional() @IsString() citizenName?: string;
  @IsOptional() @IsString() citizenFiscalCode?: string;
  @IsOptional() @IsString() officeId?: string;
  @IsOptional() @IsString() officeName?: string;
}

export class ConditionalityCaseListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ConditionalityCaseSummaryResponse) items!: ConditionalityCaseSummaryResponse[];
  @IsInt() total!: number;
  @IsInt() limit!: number;
  @IsInt() offset!: number;
}

/** A timeline entry: a code and its parameters, rendered from the catalogues (`condizionalita.timeline.<kind>`). */
export class CaseEventResponse {
  @IsString() at!: string;
  /**
   * case.opened | notification.sent | justification.submitted | decision.justified | decision.not_justified |
   * confirmation.confirmed | confirmation.returned | measure.decided | measure.reversed
   */
  @IsString() kind!: string;
  @IsOptional() @IsString() actorName?: string;
  @IsObject() params!: Record<string, string>;
}

export class JustificationDocumentResponse {
  @IsString() id!: string;
  @IsString() fileName!: string;
  @IsString() mimeType!: string;
  @IsInt() sizeBytes!: number;
}

export class JustificationResponse {
  @IsString() reasonCode!: string;
  @IsString() text!: string;
  /** RFC 3339 */
  @IsString() submittedAt!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => JustificationDocumentResponse) documents!: JustificationDocumentResponse[];
}

export class CaseDecisionResponse {
  @IsIn(['justified', 'not_justified']) outcome!: string;
  @IsOptional() @IsString() reasonCode?: string;
  @IsOptional() @IsString() reasonText?: string;
  @IsString() decidedAt!: string;
  @IsOptional() @IsString() decidedByName?: string;
  /** set when a manager confirmed it (four eyes) */
  @IsOptional() @IsString() confirmedAt?: string;
  @IsOptional() @IsString() confirmedByName?: string;
}

/** Where a measure stands with INPS (the national-systems module reports it). */
export class MeasureSendStateResponse {
  /** waiting: not yet accepted by INPS (since `since`); failed: gave up, an operator may retry; unknown: not reported */
  @IsIn(['waiting', 'sent', 'failed', 'unknown']) state!: string;
  @IsOptional() @IsString() since?: string;
  @IsOptional() @IsString() sentAt?: string;
  @IsOptional() @IsInt() attempts?: number;
}

export class MeasureResponse {
  @IsString() id!: string;
  @IsIn(SANCTIONS) sanction!: string;
  @IsIn(BREACHES) ruleCode!: string;
  @IsString() ruleVersion!: string;
  @IsInt() step!: number;
  @IsString() legalSource!: string;
  @IsBoolean() verified!: boolean;
  /** YYYY-MM-DD */
  @IsString() decidedOn!: string;
  /** this measure reverses that one (appeal upheld) */
  @IsOptional() @IsString() reversalOf?: string;
  /** this measure was reversed by that one */
  @IsOptional() @IsString() reversedBy?: string;
  @IsOptional() @IsString() appealReference?: string;
  /** operators only */
  @IsOptional() @ValidateNested() @Type(() => MeasureSendStateResponse) sendState?: MeasureSendStateResponse;
}

/** GET …/cases/:caseId (citizen: mine; operator: my offices') */
export class ConditionalityCaseResponse extends ConditionalityCaseSummaryResponse {
  /** the INPS identifier of the benefit the case is about */
  @IsString() benefitId!: string;
  /** the event that opened the case: e.g. attendance.recorded and the appointment id */
  @IsString() sourceType!: string;
  @IsString() sourceRef!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => CaseEventResponse) timeline!: CaseEventResponse[];
  @IsOptional() @ValidateNested() @Type(() => JustificationResponse) justification?: JustificationResponse;
  @IsOptional() @ValidateNested() @Type(() => CaseDecisionResponse) decision?: CaseDecisionResponse;
  @IsArray() @ValidateNested({ each: true }) @Type(() => MeasureResponse) measures!: MeasureResponse[];
  /** GET …/cases/:caseId/letter answers a PDF */
  @IsBoolean() letterAvailable!: boolean;
  /** operators: the sanction the ladder gives if the decision is "not justified" today (step counted from confirmed breaches) */
  @IsOptional() @IsIn(SANCTIONS) prospectiveSanction?: string;
  @IsOptional() @IsInt() prospectiveStep?: number;
}
