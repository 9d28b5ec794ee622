import { ErrorCode } from '@opencpi/contracts';

export const MONITORING_ERRORS = {
  [ErrorCode.MONITORING_OFFICE_NOT_IN_SCOPE]: { status: 404, title: 'No such office among yours' },
  [ErrorCode.MONITORING_PERIOD_INVALID]: { status: 400, title: 'The period is not valid (from after to, or longer than 60 months)' },
  [ErrorCode.MONITORING_REFRESH_RUNNING]: { status: 409, title: 'A refresh of the indicators is already running' },
} as const;
