import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CONSENT_PARTS, CONSENT_PURPOSES, CONSENT_SOURCES } from '../dto/consent.dto';

export const CONSENT_STATES = ['active', 'scheduled', 'expired', 'revoked'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export class ConsentGrantResponse {
  @IsString() id!: string;
  @IsString() agencyId!: string;
  @IsString() agencyName!: string;
  @IsIn(CONSENT_PARTS) part!: string;
  @IsIn(CONSENT_PURPOSES) purpose!: string;
  @IsOptional() @IsString() purposeText?: string;
  /** first day, `YYYY-MM-DD` (Europe/Rome) */
  @IsString() validFrom!: string;
  /** last day included, `YYYY-MM-DD` (Europe/Rome) */
  @IsString() validUntil!: string;
  @IsIn(CONSENT_SOURCES) source!: string;
  @IsString() grantedAt!: string;
  @IsOptional() @IsString() revokedAt?: string;
  @IsIn(CONSENT_STATES) state!: string;
}
export class ConsentGrantListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ConsentGrantResponse) items!: ConsentGrantResponse[];
}
/** One read of the person's data by an agency (from the audit trail). */
export class ConsentAccessResponse {
  @IsString() id!: string;
  @IsString() occurredAt!: string;
  @IsString() agencyName!: string;
  @IsOptional() @IsString() agencyId?: string;
  @IsOptional() @IsIn(CONSENT_PARTS) part?: string;
  @IsOptional() @IsIn(CONSENT_PURPOSES) purpose?: string;
  /** what was done, e.g. `agency.person.read` */
  @IsString() action!: string;
  @IsIn(['allowed', 'denied']) outcome!: string;
}
export class ConsentAccessLogResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ConsentAccessResponse) items!: ConsentAccessResponse[];
}
/** An accredited agency the person may grant access to. */
export class ConsentAgencyResponse {
  @IsString() id!: string;
  @IsString() name!: string;
  @IsString() accreditationCode!: string;
}
export class ConsentAgencyListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ConsentAgencyResponse) items!: ConsentAgencyResponse[];
}
