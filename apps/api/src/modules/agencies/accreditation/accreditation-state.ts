import { ErrorCode } from '@opencpi/contracts';
import type { AccreditationStatus } from '../entities/accreditation.entity';

export interface AccreditationFacts {
  status: AccreditationStatus;
  /** YYYY-MM-DD */
  validFrom: string;
  validUntil: string | null;
}

/**
 * Why an agency may not act on `today` (a Europe/Rome date), or null when its accreditation is active and valid that
 * day. Checked when a token is issued and again on every request made with it.
 */
export function accreditationRefusal(acc: AccreditationFacts | null, today: string): ErrorCode | null {
  if (!acc) return ErrorCode.AGENCY_NOT_ACCREDITED;
  if (acc.status === 'revoked') return ErrorCode.AGENCY_ACCREDITATION_REVOKED;
  if (acc.status === 'suspended') return ErrorCode.AGENCY_ACCREDITATION_SUSPENDED;
  if (today < acc.validFrom || (acc.validUntil !== null && today > acc.validUntil)) return ErrorCode.AGENCY_ACCREDITATION_EXPIRED;
  return null;
}
