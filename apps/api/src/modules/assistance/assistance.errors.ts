import { ErrorCode } from '@opencpi/contracts';

export const ASSISTANCE_ERRORS = {
  [ErrorCode.CALLBACK_ALREADY_OPEN]: { status: 409, title: 'A callback request of this person is already open' },
  [ErrorCode.CALLBACK_NOT_FOUND]: { status: 404, title: 'No open callback request with this id in your offices' },
} as const;
