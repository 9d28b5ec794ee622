import { ErrorCode } from '@opencpi/contracts';

export const SURVEYS_ERRORS = {
  [ErrorCode.SURVEY_NOT_FOUND]: { status: 404, title: 'No such survey' },
  [ErrorCode.SURVEY_ALREADY_ANSWERED]: { status: 409, title: 'This survey has already been answered: the first answer is kept' },
  [ErrorCode.SURVEY_EXPIRED]: { status: 410, title: 'This survey is closed' },
  [ErrorCode.SURVEY_QUESTION_UNKNOWN]: { status: 400, title: 'An answer names a question this survey does not ask' },
  [ErrorCode.SURVEY_PERIOD_INVALID]: { status: 400, title: 'The period is not valid' },
} as const;
