import { ErrorCode } from '@opencpi/contracts';

export const REGISTRY_ERRORS = {
  [ErrorCode.CITIZEN_NOT_FOUND]: { status: 404, title: 'Citizen not found' },
} as const;
