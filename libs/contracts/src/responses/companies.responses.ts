import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { COMPANY_STATUSES, type CompanyStatus } from '../dto/companies.dto';

export class CompanySiteResponse {
  @IsString() comuneIstat!: string;
  @IsOptional() @IsString() comuneName?: string;
  @IsString() address!: string;
  @IsBoolean() main!: boolean;
}

export class CompanyMemberResponse {
  @IsString() id!: string;
  @IsString() fiscalCode!: string;
  @IsString() givenName!: string;
  @IsString() familyName!: string;
  /** the administrator invites and removes members */
  @IsBoolean() admin!: boolean;
}

export class CompanyResponse {
  @IsString() id!: string;
  @IsString() name!: string;
  @IsString() vatNumber!: string;
  @IsOptional() @IsString() fiscalCode?: string;
  @IsString() atecoCode!: string;
  @IsIn(COMPANY_STATUSES) status!: CompanyStatus;
  /** why the CPI rejected the registration */
  @IsOptional() @IsString() rejectionReason?: string;
  /** the CPI competent for the main site */
  @IsOptional() @IsString() officeId?: string;
  @IsOptional() @IsString() officeName?: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => CompanySiteResponse) sites!: CompanySiteResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => CompanyMemberResponse) members!: CompanyMemberResponse[];
  /** whether the caller administers the company (company side only) */
  @IsOptional() @IsBoolean() canAdminister?: boolean;
  /** RFC 3339 */
  @IsString() createdAt!: string;
  @IsOptional() @IsString() reviewedAt?: string;
}

export class CompanyListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CompanyResponse) items!: CompanyResponse[];
}
