import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';

/** RFC 6749 §5.1: an opaque bearer token for the agency API. */
export class AgencyTokenResponse {
  @IsString() access_token!: string;
  @IsIn(['Bearer']) token_type!: 'Bearer';
  /** seconds (int32) */
  @IsInt() expires_in!: number;
  /** the granted scopes, space-separated */
  @IsString() scope!: string;
}

/** GET /api/agency/v1/me: who the token speaks for. */
export class AgencyCallerResponse {
  @IsString() agencyId!: string;
  @IsString() agencyName!: string;
  @IsString() vatNumber!: string;
  @IsString() clientId!: string;
  @IsArray() @IsString({ each: true }) scopes!: string[];
  /** RFC 3339 (UTC) */
  @IsString() tokenExpiresAt!: string;
}

/** A client of an agency (its keys by id; private keys are never stored). */
export class AgencyClientResponse {
  @IsString() clientId!: string;
  @IsString() name!: string;
  @IsArray() @IsString({ each: true }) scopes!: string[];
  /** `kid` (or `kty` + thumbprint when it has none) of each registered public key */
  @IsArray() @IsString({ each: true }) keyIds!: string[];
  /** RFC 3339 */
  @IsString() createdAt!: string;
  @IsOptional() @IsString() revokedAt?: string;
}

export class AccreditationResponse {
  @IsString() number!: string;
  @IsIn(['active', 'suspended', 'revoked']) status!: 'active' | 'suspended' | 'revoked';
  /** whether the agency may act today (active and within validity) */
  @IsBoolean() effective!: boolean;
  @IsString() validFrom!: string;
  @IsOptional() @IsString() validUntil?: string;
  @IsArray() @IsString({ each: true }) serviceCodes!: string[];
  @IsArray() @IsString({ each: true }) officeIds!: string[];
  @IsArray() @IsString({ each: true }) areas!: string[];
  @IsOptional() @IsString() reason?: string;
  /** RFC 3339 */
  @IsString() updatedAt!: string;
}

/** An agency of the region in the accreditation registry. */
export class AccreditedAgencyResponse {
  @IsString() agencyId!: string;
  @IsString() name!: string;
  @IsString() vatNumber!: string;
  @IsOptional() @ValidateNested() @Type(() => AccreditationResponse) accreditation?: AccreditationResponse;
  @IsArray() @ValidateNested({ each: true }) @Type(() => AgencyClientResponse) clients!: AgencyClientResponse[];
}

export class AccreditedAgencyListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => AccreditedAgencyResponse) items!: AccreditedAgencyResponse[];
}
