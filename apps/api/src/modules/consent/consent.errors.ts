import { ErrorCode } from '@opencpi/contracts';

export const CONSENT_ERRORS = {
  [ErrorCode.CONSENT_REQUIRED]: { status: 403, title: 'The person has not granted this agency access to this part of their data' },
  [ErrorCode.CONSENT_GRANT_NOT_FOUND]: { status: 404, title: 'No such consent grant' },
  [ErrorCode.CONSENT_ALREADY_GRANTED]: { status: 409, title: 'An active grant for this agency, part and purpose already covers this period' },
  [ErrorCode.CONSENT_ALREADY_REVOKED]: { status: 409, title: 'The grant has already been revoked' },
  [ErrorCode.CONSENT_PERIOD_INVALID]: { status: 400, title: 'The period of the grant is not valid' },
} as const;
