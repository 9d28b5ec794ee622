import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { SPID_USER_ERROR_CODES, ToInt } from '@opencpi/contracts';

export class DevIdpKindParam {
  @IsIn(['spid', 'cie', 'eidas']) kind!: 'spid' | 'cie' | 'eidas';
}

/** The signed HTTP-Redirect AuthnRequest, as the SP sent it. */
export class DevIdpSsoQuery {
  @IsString() @Length(1, 20_000) SAMLRequest!: string;
  @IsOptional() @IsString() @Length(0, 200) RelayState?: string;
  @IsString() @Length(1, 200) SigAlg!: string;
  @IsString() @Length(1, 2_000) Signature!: string;
}

/** The identity page's answer: the original request (still URL-encoded) plus the tester's choice. */
export class DevIdpRespondBody {
  @IsString() @Length(1, 40_000) SAMLRequest!: string;
  @IsOptional() @IsString() @Length(0, 400) RelayState?: string;
  @IsString() @Length(1, 400) SigAlg!: string;
  @IsString() @Length(1, 4_000) Signature!: string;
  @IsOptional() @IsString() @Length(16, 16) fiscalCode?: string;
  /** eIDAS test identity */
  @IsOptional() @IsString() @Length(1, 210) personIdentifier?: string;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(3) level?: 1 | 2 | 3;
  @IsOptional() @IsIn(SPID_USER_ERROR_CODES) error?: string;
}

/** IdP-initiated logout of one session the development IdP opened. */
export class DevIdpLogoutQuery {
  @IsString() @Length(1, 80) nameId!: string;
}
