import type {
  CEFR_LEVELS as API_CEFR_LEVELS,
  CONTRACT_TYPES as API_CONTRACT_TYPES,
  COURSE_MODES as API_COURSE_MODES,
  LICENCES as API_LICENCES,
  OUTCOMES as API_OUTCOMES,
} from '@opencpi/contracts';

/*
 * The codes of matching, copied from contracts (the SPAs take only types from there):
 * `satisfies` makes a code that contracts does not have a compile error.
 */
export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'apprenticeship', 'temporary_agency', 'self_employed'] as const satisfies readonly (typeof API_CONTRACT_TYPES)[number][];
export type ContractType = (typeof CONTRACT_TYPES)[number];
/** the hours of a vacancy (the profile also has 'any') */
export const VACANCY_HOURS = ['full', 'part'] as const;
export type VacancyHours = (typeof VACANCY_HOURS)[number];
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const satisfies readonly (typeof API_CEFR_LEVELS)[number][];
export const LICENCES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D', 'DE', 'CQC', 'forklift'] as const satisfies readonly (typeof API_LICENCES)[number][];
export type Licence = (typeof LICENCES)[number];
/** the languages offered in the vacancy form (ISO 639-1), as in the citizen's DID */
export const LANGUAGES = ['it', 'en', 'fr', 'de', 'es', 'ar', 'ro', 'sq', 'uk', 'zh'] as const;
/** 0 = no minimum qualification, 1–8 = EQF levels */
export const EQF_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export const SKILL_WEIGHTS = [1, 2, 3, 4, 5] as const;
export const COURSE_MODES = ['in_person', 'online', 'blended'] as const satisfies readonly (typeof API_COURSE_MODES)[number][];
export type CourseMode = (typeof COURSE_MODES)[number];
export const DAY_MODES = ['in_person', 'virtual'] as const;
export type DayMode = (typeof DAY_MODES)[number];
export const OUTCOMES = ['interview', 'hired', 'not_selected', 'offer_refused'] as const satisfies readonly (typeof API_OUTCOMES)[number][];
export type Outcome = (typeof OUTCOMES)[number];
const APPLICATION_STATUSES = ['applied', 'proposed', 'shortlisted'] as const;
const CONSENTS = ['none', 'pending', 'granted', 'refused'] as const;

export const oneOf =
  <T extends string | number>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);

export const isApplicationStatus = oneOf(APPLICATION_STATUSES);
export const isConsent = oneOf(CONSENTS);
