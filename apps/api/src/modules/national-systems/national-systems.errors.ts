import { ErrorCode } from '@opencpi/contracts';

export const NATIONAL_SYSTEMS_ERRORS = {
  [ErrorCode.NATIONAL_SYSTEMS_UNAVAILABLE]: { status: 503, title: 'The national systems (INPS, SIISL) cannot be reached now' },
} as const;
