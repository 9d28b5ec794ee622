import { SetMetadata } from '@nestjs/common';

export const STRICT_RATE_LIMIT_KEY = 'opencpi:strict-rate-limit';

/** The budgets stricter than the general ones, each counted on its own (RATE_LIMIT_SENSITIVE_PER_MINUTE). */
export type StrictBudget = 'login' | 'otp' | 'link';

/**
 * A stricter budget for a route (or every route of a controller): SAML login start and ACS (`login`), the OTP of
 * a signature (`otp`, counted per verified session, else per address), public signed links (`link`).
 */
export const StrictRateLimit = (budget: StrictBudget) => SetMetadata(STRICT_RATE_LIMIT_KEY, budget);
