import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsFiscalCode } from '../fiscal-code.validator';
import { IsIsoDate } from '../validation/date.validator';
import { ToInt } from '../validation/int32.validator';

export const CHANNELS = ['in_person', 'video', 'phone'] as const;
export type AppointmentChannel = (typeof CHANNELS)[number];
export const ATTENDANCE_OUTCOMES = ['attended', 'absent', 'absent_justified', 'late_cancelled'] as const;
export type AttendanceOutcome = (typeof ATTENDANCE_OUTCOMES)[number];

/** GET /api/{citizen|operator}/agenda/slots */
export class SlotSearchQuery {
  @IsString() @Length(2, 40) serviceType!: string;
  @IsOptional() @IsUUID('4') officeId?: string;
  @IsOptional() @IsIn(CHANNELS) channel?: AppointmentChannel;
  /** YYYY-MM-DD, Rome date; default today */
  @IsOptional() @IsIsoDate() from?: string;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(62) days?: number;
  /** the next N free slots across operators, in time order (without `days`: up to the booking horizon) */
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(100) limit?: number;
}

/** GET /api/operator/agenda/service-types: with an office, each service's next free time there */
export class ServiceTypesQuery {
  @IsOptional() @IsUUID('4') officeId?: string;
}

/** POST /api/citizen/agenda/appointments */
export class BookAppointmentBody {
  @IsUUID('4') slotId!: string;
  @IsIn(CHANNELS) channel!: AppointmentChannel;
}

/** POST …/appointments/:appointmentId/cancel */
export class CancelAppointmentBody {
  @IsOptional() @IsString() @Length(0, 300) reason?: string;
}

/** POST …/appointments/:appointmentId/reschedule */
export class RescheduleAppointmentBody {
  @IsUUID('4') slotId!: string;
  @IsOptional() @IsIn(CHANNELS) channel?: AppointmentChannel;
}

export class AppointmentIdParam {
  @IsUUID('4') appointmentId!: string;
}

/** POST /api/operator/agenda/availability-rules */
export class CreateAvailabilityRuleBody {
  @IsUUID('4') officeId!: string;
  /** staff id; default: the caller */
  @IsOptional() @IsUUID('4') operatorId?: string;
  @IsString() @Length(2, 40) serviceType!: string;
  @ToInt() @IsInt() @Min(1) @Max(7) weekday!: number;
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startTime must be HH:MM' }) startTime!: string;
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'endTime must be HH:MM' }) endTime!: string;
  @IsIsoDate() validFrom!: string;
  @IsOptional() @IsIsoDate() validTo?: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(CHANNELS.length) @ArrayUnique() @IsIn(CHANNELS, { each: true }) channels!: AppointmentChannel[];
}

/** POST /api/operator/agenda/appointments/:appointmentId/attendance */
export class RecordAttendanceBody {
  @IsIn(ATTENDANCE_OUTCOMES) outcome!: AttendanceOutcome;
  @IsOptional() @IsString() @Length(0, 300) note?: string;
}

/** GET /api/operator/agenda/calendar */
export class CalendarQuery {
  @IsUUID('4') officeId!: string;
  @IsOptional() @IsUUID('4') operatorId?: string;
  @IsIsoDate() from!: string;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(7) days?: number;
  @IsOptional() @IsIn(CHANNELS) channel?: AppointmentChannel;
}

/** POST /api/operator/agenda/appointments/:appointmentId/cancel (the reason is required and shown to the person) */
export class OperatorCancelAppointmentBody {
  @IsString() @Length(3, 300) reason!: string;
}

/** POST /api/operator/agenda/invitations: invite one person or a list to book a service within N days. */
export class CreateInvitationsBody {
  @IsUUID('4') officeId!: string;
  @IsString() @Length(2, 40) serviceType!: string;
  /** each checked as a codice fiscale by the API, which names the wrong line (/fiscalCodes/<index>) */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Length(16, 16, { each: true, message: 'each fiscal code must have 16 characters' })
  fiscalCodes!: string[];
  @ToInt() @IsInt() @Min(1) @Max(60) withinDays!: number;
}

export class InvitationIdParam {
  @IsUUID('4') invitationId!: string;
}

/** The secret of an invitation link: `<key id>.<HMAC-SHA256, base64url>` (platform/keys). */
export class InvitationTokenParam {
  @Matches(/^[a-z0-9]{1,8}\.[A-Za-z0-9_-]{43}$/, { message: 'token is not a valid invitation link' }) token!: string;
}

/** POST /api/public/invitations/:token/appointment: book one of the offered slots, without logging in. */
export class BookInvitationBody {
  @IsUUID('4') slotId!: string;
  @IsIn(CHANNELS) channel!: AppointmentChannel;
}

/** POST /api/operator/agenda/convocations: a fixed date, time, place or channel, with its legal basis. */
export class CreateConvocationBody {
  @IsFiscalCode() fiscalCode!: string;
  @IsUUID('4') slotId!: string;
  @IsIn(CHANNELS) channel!: AppointmentChannel;
  @IsString() @Length(5, 300) legalBasis!: string;
  /** the unanswered invitation this convocation escalates */
  @IsOptional() @IsUUID('4') invitationId?: string;
}

export class ConvocationIdParam {
  @IsUUID('4') convocationId!: string;
}

/** GET /api/operator/agenda/invitations | convocations */
export class OfficeListQuery {
  @IsUUID('4') officeId!: string;
}

/** POST /api/operator/agenda/appointments/:appointmentId/move */
export class MoveAppointmentBody {
  @IsUUID('4') slotId!: string;
}

/** The "are you coming?" link: /api/public/appointments/:appointmentId/recall/:signature */
export class RecallParams {
  @IsUUID('4') appointmentId!: string;
  @Matches(/^[a-z0-9]{1,8}\.[A-Za-z0-9_-]{43}$/, { message: 'signature is not valid' }) signature!: string;
}

export const RECALL_ANSWERS = ['coming', 'not_coming'] as const;
export type RecallAnswer = (typeof RECALL_ANSWERS)[number];
export class RecallAnswerBody {
  @IsIn(RECALL_ANSWERS) answer!: RecallAnswer;
}

/**
 * POST /api/operator/agenda/exceptions: an absence of one operator, or (no operatorId, managers only) a closure of
 * the office, from `fromDate fromTime` to `toDate toTime` (Rome; default the whole days).
 */
export class CreateAvailabilityExceptionBody {
  @IsUUID('4') officeId!: string;
  /** default: the caller; omitted with `wholeOffice: true` for an office closure */
  @IsOptional() @IsUUID('4') operatorId?: string;
  @IsOptional() @IsIn([true, false]) wholeOffice?: boolean;
  @IsIsoDate() fromDate!: string;
  @IsIsoDate() toDate!: string;
  @IsOptional() @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'fromTime must be HH:MM' }) fromTime?: string;
  @IsOptional() @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'toTime must be HH:MM' }) toTime?: string;
  @IsString() @Length(3, 200) reason!: string;
}
