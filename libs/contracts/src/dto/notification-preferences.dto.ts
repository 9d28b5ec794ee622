import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { SUPPORTED_LOCALES } from '../locales';

/** Channels a person can be reached on: e-mail, SMS, App IO. */
export const MESSAGE_CHANNELS = ['email', 'sms', 'io'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
/** Languages messages can be written in (the citizen SPA's languages). */
export const MESSAGE_LOCALES = SUPPORTED_LOCALES;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

/** PUT /api/citizen/notification-preferences: how the person wants to be reached. */
export class NotificationPreferencesBody {
  /** at least one channel: mandatory messages (convocations, deadlines) must reach the person */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(3) @ArrayUnique() @IsIn(MESSAGE_CHANNELS, { each: true }) channels!: MessageChannel[];
  @IsIn(MESSAGE_LOCALES) locale!: MessageLocale;
  /** true: no messages that are not mandatory (outreach campaigns, surveys) */
  @IsBoolean() nonMandatoryOptOut!: boolean;
}

/** The person's message preferences; `saved` false: the defaults, nothing chosen yet. */
export class NotificationPreferencesResponse {
  @IsArray() @IsIn(MESSAGE_CHANNELS, { each: true }) channels!: MessageChannel[];
  @IsIn(MESSAGE_LOCALES) locale!: MessageLocale;
  @IsBoolean() nonMandatoryOptOut!: boolean;
  /** HH:MM, Europe/Rome: messages that are not urgent wait outside these hours */
  @IsString() quietStart!: string;
  @IsString() quietEnd!: string;
  @IsBoolean() saved!: boolean;
  @IsOptional() @IsString() updatedAt?: string;
}
