import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';

export class ServiceTypeResponse {
  @IsString() code!: string;
  @IsString() name!: string;
  @IsInt() durationMinutes!: number;
  @IsArray() @IsString({ each: true }) channels!: string[];
  @IsInt() capacity!: number;
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
  @IsString() localDate!: string;
  @IsString() localTime!: string;
  @IsInt() capacity!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => AppointmentResponse) appointments!: AppointmentResponse[];
}
export class CalendarResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CalendarEntryResponse) items!: CalendarEntryResponse[];
}
