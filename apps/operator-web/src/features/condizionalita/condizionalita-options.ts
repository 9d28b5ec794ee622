import type {
  BREACH_CODES as ContractBreachCodes,
  CASE_SORTS as ContractCaseSorts,
  CONDITIONALITY_BENEFITS as ContractBenefits,
  CaseState,
  JustificationReason,
  Role,
  Sanction,
} from '@opencpi/contracts';

/*
 * Option lists of the condizionalità pages, copied from contracts (condizionalita.dto.ts): the SPAs import contracts'
 * types only, and the `satisfies` clauses keep the copies in step with the contract's lists.
 */

export const BENEFITS = ['NASPI', 'DISCOLL', 'ADI', 'SFL'] as const satisfies readonly (typeof ContractBenefits)[number][];
export type Benefit = (typeof BENEFITS)[number];
export const BREACHES = [
  'missed_appointment',
  'missed_orientation',
  'missed_training',
  'offer_refused',
  'psp_not_signed',
] as const satisfies readonly (typeof ContractBreachCodes)[number][];
export const SANCTIONS = ['cut_quarter_month', 'cut_month', 'loss', 'annulled'] as const satisfies readonly Sanction[];
export const CASE_STATES = ['open', 'justification_submitted', 'pending_confirmation', 'decided_justified', 'measure_confirmed'] as const satisfies readonly CaseState[];
export const CASE_SORTS = ['deadline', '-deadline', 'opened', '-opened'] as const satisfies readonly (typeof ContractCaseSorts)[number][];
export type CaseSortOption = (typeof CASE_SORTS)[number];
/** Ministry of Labour note 39/0003374 of 4/3/2016, in the order of the note. */
export const JUSTIFICATION_REASONS = [
  'illness_injury',
  'civil_military_service',
  'pregnancy',
  'court_summons',
  'serious_family_reasons',
  'mobility_restriction',
  'force_majeure',
] as const satisfies readonly JustificationReason[];
/** Who may confirm a decision (four eyes) and see the queue of sends: as the API's MANAGERS. */
export const MANAGER_ROLES = ['cpi_manager', 'region_admin'] as const satisfies readonly Role[];

export const isOneOf = <T extends string>(list: readonly T[], value: string | null | undefined): value is T =>
  value !== null && value !== undefined && (list as readonly string[]).includes(value);
/** States in which an operator may still decide. */
export const isDecidable = (state: string): boolean => state === 'open' || state === 'justification_submitted';
