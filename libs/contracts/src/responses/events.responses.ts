import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';

/** A delivery of a domain event that failed too often (or could not succeed) and waits for an operator. */
export class DeadLetterResponse {
  @IsString() id!: string;
  /** the consumer, e.g. `condizionalita.open-case` */
  @IsString() consumer!: string;
  @IsString() eventId!: string;
  /** the event type, e.g. `attendance.recorded` */
  @IsString() type!: string;
  @IsString() aggregateType!: string;
  @IsString() aggregateId!: string;
  @IsInt() attempts!: number;
  /** RFC 3339 */
  @IsString() occurredAt!: string;
  @IsOptional() @IsString() firstFailedAt?: string;
  @IsString() deadAt!: string;
  @IsOptional() @IsString() lastError?: string;
}

export class DeadLettersResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => DeadLetterResponse) items!: DeadLetterResponse[];
  @IsInt() total!: number;
}

/** The state of one consumer's queue. */
export class EventConsumerStateResponse {
  @IsString() consumer!: string;
  /** event types it consumes */
  @IsArray() @IsString({ each: true }) types!: string[];
  /** deliveries waiting (including those being retried) */
  @IsInt() pending!: number;
  /** of the pending ones, those that failed at least once */
  @IsInt() failing!: number;
  @IsInt() dead!: number;
  /** when the oldest waiting event happened (RFC 3339), if any */
  @IsOptional() @IsString() oldestPendingSince?: string;
}

export class EventConsumersResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => EventConsumerStateResponse) items!: EventConsumerStateResponse[];
}
