import type { BREACH_CODES as ContractBreachCodes, CONDITIONALITY_BENEFITS as ContractBenefits, CaseState, JustificationReason, Sanction } from '@opencpi/contracts';

/*
 * Option lists of "I miei obblighi", copied from contracts (condizionalita.dto.ts): the SPAs import contracts' types
 * only, and the `satisfies` clauses keep the copies in step with the contract's lists.
 */

/** Justified reasons, Ministry of Labour note 39/0003374 of 4/3/2016, in the order of the note. */
export const JUSTIFICATION_REASONS = [
  'illness_injury',
  'civil_military_service',
  'pregnancy',
  'court_summons',
  'serious_family_reasons',
  'mobility_restriction',
  'force_majeure',
] as const satisfies readonly JustificationReason[];
export const isJustificationReason = (value: string): value is JustificationReason => (JUSTIFICATION_REASONS as readonly string[]).includes(value);

export const BENEFITS = ['NASPI', 'DISCOLL', 'ADI', 'SFL'] as const satisfies readonly (typeof ContractBenefits)[number][];
export const BREACHES = [
  'missed_appointment',
  'missed_orientation',
  'missed_training',
  'offer_refused',
  'psp_not_signed',
] as const satisfies readonly (typeof ContractBreachCodes)[number][];
export const SANCTIONS = ['cut_quarter_month', 'cut_month', 'loss', 'annulled'] as const satisfies readonly Sanction[];
export const CASE_STATES = ['open', 'justification_submitted', 'pending_confirmation', 'decided_justified', 'measure_confirmed'] as const satisfies readonly CaseState[];
/** As many documents as SubmitJustificationBody accepts. */
export const MAX_JUSTIFICATION_DOCUMENTS = 5;
