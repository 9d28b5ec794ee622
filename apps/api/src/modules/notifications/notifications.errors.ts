import { ErrorCode } from '@opencpi/contracts';

export const NOTIFICATIONS_ERRORS = {
  [ErrorCode.RECEIPT_SIGNATURE_INVALID]: { status: 401, title: 'The receipt signature is not valid' },
  [ErrorCode.MESSAGE_NOT_FOUND]: { status: 404, title: 'No message with this provider id' },
} as const;
