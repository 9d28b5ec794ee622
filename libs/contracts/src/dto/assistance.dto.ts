import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

/** When the person prefers to be called: morning (9–13), afternoon (14–17), any time in office hours. */
export const CALLBACK_WINDOWS = ['morning', 'afternoon', 'any'] as const;
export type CallbackWindow = (typeof CALLBACK_WINDOWS)[number];
/** How a callback request ended (or that it is still open). */
export const CALLBACK_STATUSES = ['open', 'done', 'no_answer'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];
/** an Italian or international phone number: digits, an optional leading +, spaces allowed (removed) */
export const CALLBACK_PHONE = /^\+?[0-9]{6,15}$/;

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** POST /api/citizen/assistance/callback-requests: "Richiamami". */
export class CallbackRequestBody {
  /** the number to call (spaces are removed) */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s.-]/g, '') : value))
  @IsString()
  @Matches(CALLBACK_PHONE)
  phone!: string;
  @IsIn(CALLBACK_WINDOWS) timeWindow!: CallbackWindow;
  /** what it is about, in the person's words (optional) */
  @IsOptional() @Transform(trimmed) @IsString() @Length(0, 500) topic?: string;
}

/** POST /api/operator/assistance/callback-requests/:id/outcome: the call was made (or nobody answered). */
export class CallbackOutcomeBody {
  @IsIn(['done', 'no_answer']) outcome!: 'done' | 'no_answer';
}

export class CallbackRequestIdParam {
  @IsUUID() callbackId!: string;
}
