import { ErrorCode } from '@opencpi/contracts';

export const CAMPAIGNS_ERRORS = {
  [ErrorCode.CAMPAIGN_NOT_FOUND]: { status: 404, title: 'No such campaign' },
  [ErrorCode.CAMPAIGN_NOT_DRAFT]: { status: 409, title: 'The campaign has already been launched' },
  [ErrorCode.CAMPAIGN_WINDOW_INVALID]: { status: 400, title: 'The send window is not valid' },
  [ErrorCode.CAMPAIGN_SEGMENT_EMPTY]: { status: 422, title: 'Nobody is in the segment: nothing to send' },
} as const;
