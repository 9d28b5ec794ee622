import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';

export class OfficeResponse {
  @IsString() id!: string;
  @IsString() code!: string;
  @IsString() name!: string;
  @IsString() address!: string;
  @IsString() comuneIstat!: string;
  @IsString() comuneName!: string;
  @IsString() province!: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() phone?: string;
  @IsNumber() latitude!: number;
  @IsNumber() longitude!: number;
  /** e.g. "Lun–Ven 9:00–12:30; Mar e Gio 14:30–16:30" */
  @IsString() openingHours!: string;
  @IsArray() @IsIn(['in_person', 'video', 'phone'], { each: true }) channels!: ('in_person' | 'video' | 'phone')[];
}

export class CitizenProfileResponse {
  @IsString() id!: string;
  @IsString() fiscalCode!: string;
  @IsString() givenName!: string;
  @IsString() familyName!: string;
  /** YYYY-MM-DD */
  @IsOptional() @IsString() birthDate?: string;
  @IsOptional() @IsIn(['M', 'F']) gender?: 'M' | 'F';
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() mobilePhone?: string;
  @IsOptional() @IsString() domicileComuneIstat?: string;
  @IsOptional() @IsString() domicileComuneName?: string;
  /** the CPI the person belongs to (by domicile), absent when not yet known */
  @IsOptional() @ValidateNested() @Type(() => OfficeResponse) office?: OfficeResponse;
  /** RFC 3339 */
  @IsOptional() @IsString() lastLoginAt?: string;
}

export class CitizenSummaryResponse {
  @IsString() id!: string;
  @IsString() fiscalCode!: string;
  @IsString() givenName!: string;
  @IsString() familyName!: string;
  @IsOptional() @IsString() birthDate?: string;
  @IsOptional() @IsString() officeName?: string;
}

export class CitizenSearchResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CitizenSummaryResponse) items!: CitizenSummaryResponse[];
  @IsInt() total!: number;
  @IsInt() limit!: number;
  @IsInt() offset!: number;
}

export class AuditEventResponse {
  @IsString() id!: string;
  /** RFC 3339 */
  @IsString() occurredAt!: string;
  @IsString() actorFiscalCode!: string;
  @IsOptional() @IsString() actorName?: string;
  @IsString() actorRole!: string;
  @IsOptional() @IsString() actorOfficeName?: string;
  /** e.g. `citizen.dossier.read` */
  @IsString() action!: string;
  @IsString() resourceType!: string;
  @IsOptional() @IsString() resourceId?: string;
  @IsIn(['allowed', 'denied']) outcome!: 'allowed' | 'denied';
}

export class AuditTrailResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => AuditEventResponse) items!: AuditEventResponse[];
  /** present when older records exist: pass it as `before` for the next page */
  @IsOptional() @IsString() nextCursor?: string;
}

export class CitizenDossierResponse {
  @ValidateNested() @Type(() => CitizenProfileResponse) citizen!: CitizenProfileResponse;
}

export class StaffProfileResponse {
  /** the staff member's id (agenda: operatorId) */
  @IsString() staffId!: string;
  @IsString() fiscalCode!: string;
  @IsString() givenName!: string;
  @IsString() familyName!: string;
  @IsString() role!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => OfficeResponse) offices!: OfficeResponse[];
}
