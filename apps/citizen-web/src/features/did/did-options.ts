import type { Benefit } from '@opencpi/contracts';
import { BENEFITS, LICENCES, LOW_INCOME_KINDS } from '@opencpi/contracts/browser';

/* Option lists of the DID form: the DTO's own (FileDidBody, through the browser entry point of contracts), and the UI's choices. */
export { BENEFITS, CEFR_LEVELS, LICENCES, LOW_INCOME_KINDS, WORK_CONDITIONS } from '@opencpi/contracts/browser';
export type LowIncomeKind = (typeof LOW_INCOME_KINDS)[number];
/** ISO 3166-1 alpha-2: Italy first (the default), then the citizenships most frequent among CPI users */
export const COUNTRIES = ['IT', 'AL', 'MA', 'RO', 'UA', 'CN', 'IN', 'BD', 'EG', 'NG', 'SN', 'PK', 'PE', 'FR', 'DE', 'ES', 'BR', 'TN', 'PH', 'LK'] as const;
export const EQF_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
/** ISO 639-1 */
export const LANGUAGES = ['it', 'en', 'fr', 'de', 'es', 'ar', 'ro', 'sq', 'uk', 'zh'] as const;
export type Licence = (typeof LICENCES)[number];

export const isLowIncomeKind = (value: string): value is LowIncomeKind => (LOW_INCOME_KINDS as readonly string[]).includes(value);
export const isBenefit = (value: string): value is Benefit => (BENEFITS as readonly string[]).includes(value);
