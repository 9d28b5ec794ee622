import type { Benefit, WorkCondition } from '@opencpi/contracts';

/*
 * Option lists of the DID form, copied from contracts (patto.dto.ts): the SPAs import contracts' types only, and the
 * `satisfies` clauses keep the copies in step with the contract's types.
 */
export const WORK_CONDITIONS = ['no_job', 'notice_period', 'low_income_work'] as const satisfies readonly WorkCondition[];
export const LOW_INCOME_KINDS = ['employee', 'self_employed'] as const;
export type LowIncomeKind = (typeof LOW_INCOME_KINDS)[number];
export const BENEFITS = ['none', 'naspi', 'dis_coll', 'adi', 'sfl'] as const satisfies readonly Benefit[];
/** ISO 3166-1 alpha-2: Italy first (the default), then the citizenships most frequent among CPI users */
export const COUNTRIES = [
  'IT', 'AL', 'MA', 'RO', 'UA', 'CN', 'IN', 'BD', 'EG', 'NG', 'SN', 'PK', 'PE', 'FR', 'DE', 'ES', 'BR', 'TN', 'PH', 'LK',
] as const;
export const EQF_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
/** ISO 639-1 */
export const LANGUAGES = ['it', 'en', 'fr', 'de', 'es', 'ar', 'ro', 'sq', 'uk', 'zh'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const LICENCES = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D', 'DE', 'CQC', 'forklift'] as const;
export type Licence = (typeof LICENCES)[number];

export const isLowIncomeKind = (value: string): value is LowIncomeKind => (LOW_INCOME_KINDS as readonly string[]).includes(value);
export const isBenefit = (value: string): value is Benefit => (BENEFITS as readonly string[]).includes(value);
