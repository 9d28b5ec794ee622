import { ErrorCode } from '@opencpi/contracts';

export const AGENDA_ERRORS = {
  [ErrorCode.SERVICE_TYPE_UNKNOWN]: { status: 400, title: 'Unknown service type' },
  [ErrorCode.SLOT_NOT_FOUND]: { status: 404, title: 'Slot not found' },
  [ErrorCode.SLOT_FULL]: { status: 409, title: 'The slot has just been taken' },
  [ErrorCode.SLOT_NOT_BOOKABLE]: { status: 409, title: 'The slot cannot be booked' },
  [ErrorCode.ALREADY_BOOKED]: { status: 409, title: 'You already have this appointment' },
  [ErrorCode.SERVICE_ALREADY_BOOKED]: { status: 409, title: 'You already have an appointment for this service' },
  [ErrorCode.ATTENDANCE_NOT_YET]: { status: 409, title: 'The appointment has not started yet' },
  [ErrorCode.APPOINTMENT_NOT_FOUND]: { status: 404, title: 'Appointment not found' },
  [ErrorCode.APPOINTMENT_NOT_CANCELLABLE]: { status: 409, title: 'The appointment can no longer be changed online' },
  [ErrorCode.AVAILABILITY_CONFLICT]: { status: 409, title: 'The availability overlaps existing slots' },
  [ErrorCode.OFFICE_NOT_SERVED]: { status: 403, title: 'You do not serve this office' },
  [ErrorCode.INVITATION_NOT_FOUND]: { status: 404, title: 'This invitation link is not valid' },
  [ErrorCode.INVITATION_EXPIRED]: { status: 410, title: 'This invitation has expired' },
  [ErrorCode.INVITATION_USED]: { status: 409, title: 'This invitation has already been answered' },
  [ErrorCode.CONVOCATION_NOT_FOUND]: { status: 404, title: 'Convocation not found' },
} as const;
