import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { IsFiscalCode } from '../fiscal-code.validator';
import { IsCompanyFiscalCode, IsPartitaIva } from '../validation/partita-iva.validator';

export const COMPANY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];
export const COMPANY_DECISIONS = ['approve', 'reject'] as const;
export type CompanyDecision = (typeof COMPANY_DECISIONS)[number];
export const COMPANY_MAX_SITES = 20;

/** One site of the company: the comune (ISTAT code) and the street address. The first site is the main one. */
export class CompanySiteBody {
  @Matches(/^\d{6}$/, { message: 'comuneIstat must be a 6-digit ISTAT code' }) comuneIstat!: string;
  @IsString() @Length(3, 200) address!: string;
}

/** POST /api/citizen/registry/companies: a person declares a company and becomes its administrator (pending until the CPI approves). */
export class RegisterCompanyBody {
  @IsString() @Length(2, 200) name!: string;
  @IsPartitaIva() vatNumber!: string;
  /** only when it differs from the partita IVA (e.g. a sole trader's personal codice fiscale) */
  @IsOptional() @IsCompanyFiscalCode() fiscalCode?: string;
  /** ATECO 2007 code, e.g. 56.10.11 */
  @Matches(/^\d{2}(\.\d{1,2}){0,2}$/, { message: 'atecoCode must look like 56.10.11' }) atecoCode!: string;
  /** "I declare that I am the legal representative or hold a power of attorney to act for the company" */
  @Equals(true, { message: 'legalRepresentative must be declared' }) legalRepresentative!: boolean;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(COMPANY_MAX_SITES) @ValidateNested({ each: true }) @Type(() => CompanySiteBody) sites!: CompanySiteBody[];
}

/** POST /api/operator/registry/companies/:companyId/review */
export class ReviewCompanyBody {
  @IsIn(COMPANY_DECISIONS) decision!: CompanyDecision;
  /** required when rejecting: what the company must fix */
  @ValidateIf((b: ReviewCompanyBody) => b.decision === 'reject' || b.reason !== undefined) @IsString() @Length(3, 1000) reason?: string;
}

/** POST /api/employer/registry/companies/:companyId/members: a colleague, who gains access at their next sign-in */
export class InviteCompanyMemberBody {
  @IsFiscalCode() fiscalCode!: string;
  @IsString() @Length(1, 100) givenName!: string;
  @IsString() @Length(1, 100) familyName!: string;
}

export class CompanyListQuery {
  @IsOptional() @IsIn(COMPANY_STATUSES) status?: CompanyStatus;
}
export class CompanyIdParam {
  @IsUUID('4') companyId!: string;
}
export class CompanyMemberParam {
  @IsUUID('4') companyId!: string;
  @IsUUID('4') memberId!: string;
}
export class CompanyMessageParam {
  @IsUUID('4') companyId!: string;
  @IsUUID('4') messageId!: string;
}
