import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';

export class ServiceTypeResponse {
  @IsString() code!: string;
  @IsString() name!: string;
  @IsInt() durationMinutes!: number;
  @IsArray() @IsString({ each: true }) channels!: string[];
  @IsInt() capacity!: number;
  /** operators, when an office is asked: the start of the service's next free slot there (RFC 3339), absent when none */
  @IsOptional() @IsString() nextFreeAt?: string;
}
export class ServiceTypeListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ServiceTypeResponse) items!: ServiceTypeResponse[];
}

export class SlotResponse {
  @IsString() id!: string;
  @IsString() officeId!: string;
  @IsString() officeName!: string;
  @IsString() operatorId!: string;
  /** RFC 3339 (UTC) */
  @IsString() startsAt!: string;
  @IsString() endsAt!: string;
  /** Rome wall clock, for display: YYYY-MM-DD and HH:MM */
  @IsString() localDate!: string;
  @IsString() localTime!: string;
  @IsArray() @IsString({ each: true }) channels!: string[];
  @IsInt() seatsLeft!: number;
  /** operators only */
  @IsOptional() @IsString() operatorName?: string;
}
export class SlotListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => SlotResponse) items!: SlotResponse[];
}

export class AppointmentResponse {
  @IsString() id!: string;
  @IsIn(['booked', 'cancelled', 'attended', 'absent', 'absent_justified', 'late_cancelled']) status!: string;
  @IsString() serviceType!: string;
  @IsString() serviceName!: string;
  @IsString() officeName!: string;
  @IsString() startsAt!: string;
  @IsString() endsAt!: string;
  @IsString() localDate!: string;
  @IsString() localTime!: string;
  @IsIn(['in_person', 'video', 'phone']) channel!: string;
  /** can the person still cancel or reschedule online (before the office's cut-off) */
  @IsBoolean() changeable!: boolean;
  @IsOptional() @IsString() citizenName?: string;
  @IsOptional() @IsString() citizenFiscalCode?: string;
  /** remote appointments: the video room, present only from 15 minutes before the start until the end */
  @IsOptional() @IsString() videoUrl?: string;
  /** the convocation this appointment belongs to, if any (it cannot be changed online) */
  @IsOptional() @IsString() convocationId?: string;
  @IsOptional() @IsString() cancelReason?: string;
  /** the person's answer to the "are you coming?" recall */
  @IsOptional() @IsIn(['coming', 'not_coming']) recallAnswer?: string;
}
export class AppointmentListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => AppointmentResponse) items!: AppointmentResponse[];
}

export class AvailabilityRuleResponse {
  @IsString() id!: string;
  @IsString() officeId!: string;
  @IsString() operatorId!: string;
  @IsString() serviceType!: string;
  @IsInt() weekday!: number;
  @IsString() startTime!: string;
  @IsString() endTime!: string;
  @IsString() validFrom!: string;
  @IsOptional() @IsString() validTo?: string;
  @IsArray() @IsString({ each: true }) channels!: string[];
  /** slots created for the booking horizon */
  @IsInt() slotsPublished!: number;
}

export class CalendarEntryResponse {
  @IsString() slotId!: string;
  @IsString() operatorId!: string;
  @IsString() operatorName!: string;
  @IsString() serviceName!: string;
  @IsString() startsAt!: string;
  /** RFC 3339: where the calendar grid ends the slot's block */
  @IsOptional() @IsString() endsAt?: string;
  @IsString() localDate!: string;
  @IsString() localTime!: string;
  @IsInt() capacity!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => AppointmentResponse) appointments!: AppointmentResponse[];
}
export class CalendarResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CalendarEntryResponse) items!: CalendarEntryResponse[];
}

export class InvitationResponse {
  @IsString() id!: string;
  @IsString() citizenFiscalCode!: string;
  @IsString() citizenName!: string;
  @IsString() serviceType!: string;
  @IsString() serviceName!: string;
  @IsString() officeId!: string;
  @IsIn(['sent', 'booked', 'expired', 'escalated', 'cancelled']) status!: string;
  @IsString() expiresAt!: string;
  @IsString() createdAt!: string;
  @IsOptional() @IsString() reminderSentAt?: string;
  @IsOptional() @IsString() appointmentId?: string;
  @IsOptional() @IsString() convocationId?: string;
}
export class InvitationListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => InvitationResponse) items!: InvitationResponse[];
}

/** What an invitation link shows, without login: only what choosing a slot needs. */
export class PublicInvitationResponse {
  @IsString() givenName!: string;
  @IsString() serviceType!: string;
  @IsString() serviceName!: string;
  @IsString() officeName!: string;
  @IsIn(['sent', 'booked', 'expired', 'escalated', 'cancelled']) status!: string;
  @IsString() expiresAt!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => SlotResponse) slots!: SlotResponse[];
  @IsOptional() @ValidateNested() @Type(() => AppointmentResponse) appointment?: AppointmentResponse;
}

export class DeliveryAttemptResponse {
  @IsInt() attempt!: number;
  @IsString() startedAt!: string;
  @IsIn(['sent', 'failed']) outcome!: string;
  @IsOptional() @IsString() providerMessageId?: string;
  @IsOptional() @IsString() error?: string;
}
export class DeliveryResponse {
  @IsIn(['email', 'sms', 'io']) channel!: string;
  /** the address, partly masked */
  @IsString() address!: string;
  @IsIn(['pending', 'sent', 'failed', 'skipped']) status!: string;
  /** a pending message held back (the person's quiet hours, or a reminder's time): when it is due to go (RFC 3339) */
  @IsOptional() @IsString() queuedUntil?: string;
  /** whether the hold is the person's quiet hours */
  @IsOptional() @IsBoolean() quietHours?: boolean;
  @IsOptional() @IsString() providerMessageId?: string;
  @IsOptional() @IsString() sentAt?: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DeliveryAttemptResponse) attempts!: DeliveryAttemptResponse[];
  /** the provider's latest delivery receipt, if any */
  @IsOptional() @IsIn(['accepted', 'delivered', 'read', 'failed']) receiptStatus?: string;
  @IsOptional() @IsString() receiptAt?: string;
}

export class ConvocationResponse {
  @IsString() id!: string;
  @IsString() appointmentId!: string;
  @IsString() appointmentStatus!: string;
  @IsString() citizenFiscalCode!: string;
  @IsString() citizenName!: string;
  @IsString() serviceName!: string;
  @IsString() officeName!: string;
  @IsString() startsAt!: string;
  @IsString() localDate!: string;
  @IsString() localTime!: string;
  @IsIn(['in_person', 'video', 'phone']) channel!: string;
  @IsString() place!: string;
  @IsString() legalBasis!: string;
  /** the text as sent, and its SHA-256 (hex) */
  @IsString() text!: string;
  @IsString() textSha256!: string;
  @IsString() createdAt!: string;
  @IsOptional() @IsString() acknowledgedAt?: string;
  /** operators only: each message sent for it */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => DeliveryResponse) deliveries?: DeliveryResponse[];
}
export class ConvocationListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ConvocationResponse) items!: ConvocationResponse[];
}

/** Offices where a citizen can book: their own CPI first, the others by distance from it. */
export class OfficeOptionResponse {
  @IsString() id!: string;
  @IsString() name!: string;
  @IsString() address!: string;
  @IsString() comuneName!: string;
  @IsBoolean() own!: boolean;
  /** straight-line distance from the person's own CPI, km (0 for their own) */
  @IsInt() distanceKm!: number;
}
export class OfficeOptionListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => OfficeOptionResponse) items!: OfficeOptionResponse[];
}

/** What the "are you coming?" link shows, without login. */
export class PublicRecallResponse {
  @IsString() givenName!: string;
  @ValidateNested() @Type(() => AppointmentResponse) appointment!: AppointmentResponse;
  /** false when the appointment has started, is no longer booked, or is a convocation answered "not coming" */
  @IsBoolean() answerable!: boolean;
}

export class AvailabilityExceptionResponse {
  @IsString() id!: string;
  @IsString() officeId!: string;
  /** absent for an office closure */
  @IsOptional() @IsString() operatorId?: string;
  @IsString() startsAt!: string;
  @IsString() endsAt!: string;
  @IsString() reason!: string;
  /** free slots withdrawn from booking */
  @IsInt() removedSlots!: number;
  /** booked appointments inside the range: the office moves or cancels them (with a reason the person is told) */
  @IsArray() @ValidateNested({ each: true }) @Type(() => AppointmentResponse) affected!: AppointmentResponse[];
}
