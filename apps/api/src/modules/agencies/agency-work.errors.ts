import { ErrorCode } from '@opencpi/contracts';

/** Agency work (assignments, delivered services, outcomes, webhooks): error code → HTTP status. */
export const AGENCY_WORK_ERRORS = {
  [ErrorCode.ASSIGNMENT_NOT_FOUND]: { status: 404, title: 'Assignment not found' },
  [ErrorCode.ASSIGNMENT_ALREADY_OPEN]: { status: 409, title: 'The person is already assigned to this agency' },
  [ErrorCode.ASSIGNMENT_NOT_ASSIGNED]: { status: 409, title: 'The assignment has already been taken in charge' },
  [ErrorCode.ASSIGNMENT_NOT_IN_CHARGE]: { status: 409, title: 'Take the person in charge first' },
  [ErrorCode.ASSIGNMENT_ENDED]: { status: 409, title: 'The assignment has ended' },
  [ErrorCode.SERVICE_CODE_UNKNOWN]: { status: 400, title: 'Unknown service code' },
  [ErrorCode.SERVICE_DATE_INVALID]: { status: 400, title: 'The date is outside the assignment' },
  [ErrorCode.WEBHOOK_SUBSCRIPTION_NOT_FOUND]: { status: 404, title: 'Webhook subscription not found' },
  [ErrorCode.WEBHOOK_DELIVERY_NOT_FOUND]: { status: 404, title: 'Webhook delivery not found' },
  [ErrorCode.WEBHOOK_URL_INVALID]: { status: 400, title: 'The webhook URL is not valid' },
  [ErrorCode.SERVICE_EVIDENCE_EXISTS]: { status: 409, title: 'The service already has its evidence' },
  [ErrorCode.DELIVERED_SERVICE_NOT_FOUND]: { status: 404, title: 'Service not found' },
} as const;
