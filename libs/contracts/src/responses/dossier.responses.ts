import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

export class DocumentResponse {
  @IsString() id!: string;
  @IsString() type!: string;
  @IsString() fileName!: string;
  @IsString() mimeType!: string;
  @IsInt() sizeBytes!: number;
  @IsString() sha256!: string;
  @IsIn(['citizen', 'operator', 'agency']) uploadedByRole!: string;
  @IsString() uploadedByName!: string;
  @IsString() uploadedAt!: string;
}
export class DocumentListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => DocumentResponse) items!: DocumentResponse[];
}
export class MessageResponse {
  @IsString() id!: string;
  @IsIn(['citizen', 'operator', 'company']) senderRole!: string;
  @IsString() senderName!: string;
  @IsString() body!: string;
  @IsString() sentAt!: string;
  /** read receipt: when the other side first read it */
  @IsOptional() @IsString() readAt?: string;
}
export class MessageListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => MessageResponse) items!: MessageResponse[];
}
export class TimelineEntryResponse {
  @IsString() at!: string;
  /** e.g. did.filed, patto.signed, plan.activity, document.uploaded, message.sent, appointment.booked */
  @IsString() kind!: string;
  /** the entry in Italian; a reader that knows `kind` renders it from its catalogue with `params` instead */
  @IsString() summary!: string;
  @IsOptional() @IsString() actorName?: string;
  @IsOptional() @IsString() refId?: string;
  /** values for the text of `kind` (e.g. { version: 2 }, { title: '…' }, { title: '…', status: 'done' }) */
  @IsOptional() @IsObject() params?: Record<string, string | number>;
}
export class TimelineResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => TimelineEntryResponse) items!: TimelineEntryResponse[];
}

/** A thread with messages the CPI has not read yet: a person's (reserved area) or a company's (company desk). */
export class UnreadThreadResponse {
  @IsIn(['citizen', 'company']) kind!: 'citizen' | 'company';
  /** the citizenId or the companyId */
  @IsString() id!: string;
  /** the person's "Nome Cognome" or the company's name */
  @IsString() name!: string;
  @IsOptional() @IsString() fiscalCode?: string;
  @IsInt() unread!: number;
  /** RFC 3339: the latest unread message */
  @IsString() lastSentAt!: string;
}
export class UnreadThreadListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => UnreadThreadResponse) items!: UnreadThreadResponse[];
}
