import { ErrorCode } from '@opencpi/contracts';

export const EVENTS_ERRORS = {
  [ErrorCode.EVENT_DELIVERY_NOT_FOUND]: { status: 404, title: 'No such dead letter' },
} as const;
