import { ErrorCode } from '@opencpi/contracts';

export const CONDIZIONALITA_ERRORS = {
  [ErrorCode.CONDITIONALITY_CASE_NOT_FOUND]: { status: 404, title: 'Conditionality case not found' },
  [ErrorCode.MEASURE_NOT_FOUND]: { status: 404, title: 'Measure not found' },
  [ErrorCode.JUSTIFICATION_WINDOW_CLOSED]: { status: 400, title: 'The time to justify has passed' },
  [ErrorCode.JUSTIFICATION_DOCUMENT_UNKNOWN]: { status: 400, title: 'A document is not in your reserved area' },
  [ErrorCode.CASE_NOT_JUSTIFIABLE]: { status: 409, title: 'This case no longer accepts a justification' },
  [ErrorCode.CASE_NOT_DECIDABLE]: { status: 409, title: 'This case cannot be decided now' },
  [ErrorCode.CASE_NOT_PENDING_CONFIRMATION]: { status: 409, title: 'This case has no decision waiting for confirmation' },
  [ErrorCode.FOUR_EYES_SAME_PERSON]: { status: 403, title: 'The decision must be confirmed by another person' },
  [ErrorCode.MEASURE_NOT_REVERSIBLE]: { status: 409, title: 'This measure cannot be reversed' },
  [ErrorCode.MEASURE_LETTER_NOT_AVAILABLE]: { status: 404, title: 'No measure letter for this case' },
  [ErrorCode.NO_SANCTION_RULE]: { status: 409, title: 'No sanction rule applies on this date' },
} as const;
