import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsRfc3339DateTime } from '../validation/date.validator';

export const RECEIPT_STATUSES = ['accepted', 'delivered', 'read', 'failed'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

/** POST /api/notifications/receipts/:channel: a provider reports what happened to a message it accepted. */
export class ReceiptChannelParam {
  @IsIn(['email', 'sms', 'io']) channel!: 'email' | 'sms' | 'io';
}
export class DeliveryReceiptBody {
  /** the id the provider gave when it accepted the message */
  @IsString() @Length(1, 200) providerMessageId!: string;
  @IsIn(RECEIPT_STATUSES) status!: ReceiptStatus;
  /** when it happened, RFC 3339 */
  @IsRfc3339DateTime() occurredAt!: string;
  @IsOptional() @IsString() @Length(0, 300) detail?: string;
}
