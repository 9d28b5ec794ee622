import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ToInt } from '../validation/int32.validator';

export const NATIONAL_SYSTEMS_SEND_STATES = ['waiting', 'failed', 'sent'] as const;
export type NationalSystemsSendState = (typeof NATIONAL_SYSTEMS_SEND_STATES)[number];

/** GET /api/operator/national-systems/sends — the queue of measures to INPS/SIISL, oldest first. */
export class NationalSystemsSendsQuery {
  /** default waiting */
  @IsOptional() @IsIn(NATIONAL_SYSTEMS_SEND_STATES) state?: NationalSystemsSendState;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(100) limit?: number;
  @IsOptional() @ToInt() @IsInt() @Min(0) @Max(100000) offset?: number;
}
