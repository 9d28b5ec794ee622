import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../validation/date.validator';
import { ToInt } from '../validation/int32.validator';

/** Income-support measures that carry conditionality obligations (as INPS names them). */
export const CONDITIONALITY_BENEFITS = ['NASPI', 'DISCOLL', 'ADI', 'SFL'] as const;
export type ConditionalityBenefit = (typeof CONDITIONALITY_BENEFITS)[number];

/**
 * What the person did not do (the rule code of the sanction ladder):
 * missed_appointment — a convocation/appointment of the CPI (art. 21 c.7 D.Lgs. 150/2015; ADI/SFL: art. 8 c.6 D.L. 48/2023);
 * missed_orientation — an orientation initiative (art. 20 c.3 lett. a); missed_training — training/requalification
 * (art. 20 c.3 lett. b); offer_refused — a congruous offer refused (art. 25; ADI/SFL art. 9);
 * psp_not_signed — the patto (PSP) not signed by its due date (ADI/SFL art. 8 c.6).
 */
export const BREACH_CODES = ['missed_appointment', 'missed_orientation', 'missed_training', 'offer_refused', 'psp_not_signed'] as const;
export type BreachCode = (typeof BREACH_CODES)[number];

/** Sanctions of the ladder; `annulled` is the sanction of a reversal (appeal upheld). */
export const SANCTIONS = ['cut_quarter_month', 'cut_month', 'loss', 'annulled'] as const;
export type Sanction = (typeof SANCTIONS)[number];

/**
 * open → justification_submitted → decided_justified | pending_confirmation → measure_confirmed.
 * A manager who returns a pending decision puts the case back where it was (open or justification_submitted).
 */
export const CASE_STATES = ['open', 'justification_submitted', 'pending_confirmation', 'decided_justified', 'measure_confirmed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

/**
 * Justified reasons, Ministry of Labour note 39/0003374 of 4/3/2016: documented illness or injury; civil or military
 * service (or recall); pregnancy within statutory leave; court summons with an order to appear; serious documented
 * family reasons; legal limits on personal mobility; any proven objective impediment or force majeure.
 */
export const JUSTIFICATION_REASONS = [
  'illness_injury',
  'civil_military_service',
  'pregnancy',
  'court_summons',
  'serious_family_reasons',
  'mobility_restriction',
  'force_majeure',
] as const;
export type JustificationReason = (typeof JUSTIFICATION_REASONS)[number];

export class ConditionalityCaseIdParam {
  @IsUUID('4') caseId!: string;
}

export class ConditionalityMeasureIdParam {
  @IsUUID('4') measureId!: string;
}

/** POST /api/citizen/condizionalita/cases/:caseId/justification (within the window; after it: 400 naming `/reasonCode`) */
export class SubmitJustificationBody {
  @IsIn(JUSTIFICATION_REASONS) reasonCode!: JustificationReason;
  @IsString() @Length(10, 2000) text!: string;
  /** documents uploaded first through POST /api/citizen/dossier/documents (the reserved area's storage) */
  @IsOptional() @IsArray() @ArrayMaxSize(5) @ArrayUnique() @IsUUID('4', { each: true }) documentIds?: string[];
}

export const CASE_SORTS = ['deadline', '-deadline', 'opened', '-opened'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

/** GET /api/operator/condizionalita/cases (the worklist; only the caller's offices) */
export class ConditionalityCaseListQuery {
  @IsOptional() @IsIn(CASE_STATES) state?: CaseState;
  @IsOptional() @IsUUID('4') officeId?: string;
  @IsOptional() @IsIn(CONDITIONALITY_BENEFITS) benefit?: ConditionalityBenefit;
  /** default `deadline` (soonest first) */
  @IsOptional() @IsIn(CASE_SORTS) sort?: CaseSort;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(100) limit?: number;
  @IsOptional() @ToInt() @IsInt() @Min(0) @Max(100000) offset?: number;
}

export const DECISION_OUTCOMES = ['justified', 'not_justified'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** POST /api/operator/condizionalita/cases/:caseId/decision */
export class DecideCaseBody {
  @IsIn(DECISION_OUTCOMES) outcome!: DecisionOutcome;
  /** required when justified: the reason from the ministry's list */
  @ValidateIf((o: DecideCaseBody) => o.outcome === 'justified') @IsIn(JUSTIFICATION_REASONS) reasonCode?: JustificationReason;
  /** required when not justified: why (shown to the person in the measure letter) */
  @ValidateIf((o: DecideCaseBody) => o.outcome === 'not_justified' || o.reasonText !== undefined) @IsString() @Length(10, 2000) reasonText?: string;
}

export const CONFIRMATION_OUTCOMES = ['confirmed', 'returned'] as const;
export type ConfirmationOutcome = (typeof CONFIRMATION_OUTCOMES)[number];

/** POST /api/operator/condizionalita/cases/:caseId/confirmation (manager, not the decider: four eyes) */
export class ConfirmDecisionBody {
  @IsIn(CONFIRMATION_OUTCOMES) outcome!: ConfirmationOutcome;
  /** required when returned */
  @ValidateIf((o: ConfirmDecisionBody) => o.outcome === 'returned' || o.note !== undefined) @IsString() @Length(5, 2000) note?: string;
}

/** POST /api/operator/condizionalita/measures/:measureId/reversal (appeal upheld, art. 21 c.12) */
export class ReverseMeasureBody {
  /** the committee's decision reference (protocol number) */
  @IsString() @Length(3, 100) appealReference!: string;
  /** YYYY-MM-DD: when the appeal was upheld */
  @IsIsoDate() upheldOn!: string;
  @IsString() @Length(10, 2000) reasonText!: string;
}
