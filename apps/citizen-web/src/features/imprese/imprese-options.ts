import type { CEFR_LEVELS as CONTRACT_CEFR_LEVELS, CONTRACT_TYPES as CONTRACT_CONTRACT_TYPES, LICENCES as CONTRACT_LICENCES } from '@opencpi/contracts';

/*
 * Option lists of the vacancy form, copied from contracts (matching.dto.ts and patto.dto.ts): the SPAs import
 * contracts' types only, and the `satisfies` clauses keep the copies in step with the contract's lists.
 */
export const CONTRACT_TYPES = [
  'permanent',
  'fixed_term',
  'apprenticeship',
  'temporary_agency',
  'self_employed',
] as const satisfies readonly (typeof CONTRACT_CONTRACT_TYPES)[number][];
export type ContractType = (typeof CONTRACT_TYPES)[number];
/** a vacancy is either full-time or part-time ("any" is only for the person's preferences) */
export const VACANCY_HOURS = ['full', 'part'] as const;
export type VacancyHours = (typeof VACANCY_HOURS)[number];
export const LICENCES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D', 'DE', 'CQC', 'forklift'] as const satisfies readonly (typeof CONTRACT_LICENCES)[number][];
export type Licence = (typeof LICENCES)[number];
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const satisfies readonly (typeof CONTRACT_CEFR_LEVELS)[number][];
export type CefrLevel = (typeof CEFR_LEVELS)[number];
/** ISO 639-1: the languages most asked for by employers and spoken by CPI users */
export const LANGUAGES = ['it', 'en', 'fr', 'de', 'es', 'ar', 'ro', 'sq', 'uk', 'zh'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];
/** EQF levels of the minimum study title; 0 = none */
export const EQF_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
/** importance of a required skill, 1 (low) … 5 (highest); 3 by default */
export const SKILL_WEIGHTS = ['1', '2', '3', '4', '5'] as const;
export type SkillWeight = (typeof SKILL_WEIGHTS)[number];
export const DEFAULT_SKILL_WEIGHT: SkillWeight = '3';
/** the API accepts at most this many licences on a vacancy */
export const MAX_LICENCES = 5;

export const VACANCY_STATUSES = ['draft', 'published', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];
export const MODERATION_STATES = ['pending', 'approved', 'rejected'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];
export const FLAG_FIELDS = ['title', 'description'] as const;
/** the discriminatory-requirement rules the API knows today (matching.rules, kind ad_flag) */
export const FLAG_CODES = ['age_limit', 'gender', 'appearance', 'nationality', 'family_status'] as const;

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: string): value is T =>
    (list as readonly string[]).includes(value);

export const isSkillWeight = isOneOf(SKILL_WEIGHTS);
export const isFlagCode = isOneOf(FLAG_CODES);
export const isFlagField = isOneOf(FLAG_FIELDS);
