import type {
  CEFR_LEVELS as ContractCefrLevels,
  CONTRACT_TYPES as ContractContractTypes,
  COURSE_MODES as ContractCourseModes,
  LICENCES as ContractLicences,
  OUTCOMES as ContractOutcomes,
  Visibility,
  WORK_HOURS as ContractWorkHours,
} from '@opencpi/contracts';

/*
 * Option lists of the matching pages, copied from contracts (matching.dto.ts, patto.dto.ts): the SPAs import
 * contracts' types only, and the `satisfies` clauses keep the copies in step with the contract's lists.
 */
export const VISIBILITIES = ['nobody', 'cpi_agencies', 'employers_anonymous', 'employers_named'] as const satisfies readonly Visibility[];
export const CONTRACT_TYPES = [
  'permanent',
  'fixed_term',
  'apprenticeship',
  'temporary_agency',
  'self_employed',
] as const satisfies readonly (typeof ContractContractTypes)[number][];
export type ContractType = (typeof CONTRACT_TYPES)[number];
/** the person's preference: full time, part time or either */
export const WORK_HOURS = ['full', 'part', 'any'] as const satisfies readonly (typeof ContractWorkHours)[number][];
export type WorkHours = (typeof WORK_HOURS)[number];
/** a vacancy's hours (the filter of /offerte) */
export const VACANCY_HOURS = ['full', 'part'] as const;
export const LICENCES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D', 'DE', 'CQC', 'forklift'] as const satisfies readonly (typeof ContractLicences)[number][];
export type Licence = (typeof LICENCES)[number];
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const satisfies readonly (typeof ContractCefrLevels)[number][];
export type CefrLevel = (typeof CEFR_LEVELS)[number];
export const EQF_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type EqfLevel = (typeof EQF_LEVELS)[number];
/** ISO 639-1: the languages offered in the profile (a code from the API outside this list is kept and shown as is) */
export const LANGUAGES = ['it', 'en', 'fr', 'de', 'es', 'ar', 'ro', 'sq', 'uk', 'zh'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];
export const COURSE_MODES = ['in_person', 'online', 'blended'] as const satisfies readonly (typeof ContractCourseModes)[number][];
export const RECRUITING_DAY_MODES = ['in_person', 'virtual'] as const;
export const APPLICATION_STATUSES = ['applied', 'proposed', 'shortlisted', 'withdrawn'] as const;
export const OUTCOMES = ['interview', 'hired', 'not_selected', 'offer_refused'] as const satisfies readonly (typeof ContractOutcomes)[number][];

/** Whether `value` is one of `list` (narrows it to the list's type). */
export function isOneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}

/** The most options of the profile (SaveProfileBody's ArrayMaxSize). */
export const MAX_OCCUPATIONS = 5;
export const MAX_SKILLS = 60;
