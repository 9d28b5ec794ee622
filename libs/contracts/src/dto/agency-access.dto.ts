import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { IsIsoDate } from '../validation/date.validator';

/** The OAuth 2.0 scopes of the agency API (`/api/agency/v1`). */
export const AGENCY_SCOPES = ['people:read', 'services:write', 'vacancies:write', 'candidates:read', 'webhooks:manage'] as const;
export type AgencyScope = (typeof AGENCY_SCOPES)[number];

/** an OAuth client id of an agency */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,79}$/;

export const CLIENT_CREDENTIALS_GRANT = 'client_credentials';
export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * POST /api/agency/v1/oauth/token (application/x-www-form-urlencoded): client credentials with `private_key_jwt`
 * client authentication (RFC 7523 §2.2). Every member is optional here so that a missing one is answered with OAuth's
 * own `invalid_request` (RFC 6749 §5.2), naming the member, rather than with a generic validation error.
 */
export class AgencyTokenRequest {
  /** `client_credentials` */
  @IsOptional() @IsString() @MaxLength(100) grant_type?: string;
  /** `urn:ietf:params:oauth:client-assertion-type:jwt-bearer` */
  @IsOptional() @IsString() @MaxLength(200) client_assertion_type?: string;
  /** a JWT signed with one of the client's registered keys: iss = sub = client id, aud = this endpoint's URL, exp ≤ 5 minutes ahead, a jti used once */
  @IsOptional() @IsString() @MaxLength(8000) client_assertion?: string;
  /** space-separated scopes (default: every scope the client may have) */
  @IsOptional() @IsString() @MaxLength(500) scope?: string;
  /** optional; when present it must match the assertion's iss */
  @IsOptional() @IsString() @MaxLength(80) client_id?: string;
}

export const ACCREDITATION_STATUSES = ['active', 'suspended', 'revoked'] as const;
export type AccreditationStatus = (typeof ACCREDITATION_STATUSES)[number];

/** /api/operator/accreditation/agencies/:agencyId */
export class AccreditedAgencyParam {
  @IsUUID('4') agencyId!: string;
}

/** /api/operator/accreditation/agencies/:agencyId/clients/:clientId */
export class AgencyClientParam {
  @IsUUID('4') agencyId!: string;
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 3 to 80 letters, digits, dots, hyphens or underscores' }) clientId!: string;
}

/** PUT …/accreditation: the region records (or corrects) an agency's accreditation; a new one starts active. */
export class AccreditationBody {
  /** the regional register's number, e.g. `PIE-APL-0042` */
  @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9/._-]{1,39}$/, { message: 'number must be 2 to 40 letters, digits or / . _ -' }) number!: string;
  @IsIsoDate() validFrom!: string;
  /** last day of validity; leave out for open-ended */
  @IsOptional() @IsIsoDate() validUntil?: string;
  /** the services it may deliver (UCS / LEP codes) */
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^[A-Z0-9][A-Z0-9_.-]{1,39}$/, { each: true, message: 'each service code is 2 to 40 capitals, digits or _ . -' })
  serviceCodes!: string[];
  /** CPI offices whose people it may be assigned */
  @IsArray() @ArrayMaxSize(100) @ArrayUnique() @IsUUID('4', { each: true }) officeIds!: string[];
  /** areas (e.g. province codes TO, CN) */
  @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsString({ each: true }) @Length(1, 40, { each: true }) areas!: string[];
}

/** POST …/accreditation/status: suspend, reactivate or revoke, with the reason (audited). */
export class AccreditationStatusBody {
  @IsIn(ACCREDITATION_STATUSES) status!: AccreditationStatus;
  @IsString() @Length(3, 500) reason!: string;
}

/** POST …/clients: a machine client of the agency, with its public keys (a JWKS, pasted as JSON) and allowed scopes. */
export class RegisterAgencyClientBody {
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 3 to 80 letters, digits, dots, hyphens or underscores' }) clientId!: string;
  @IsString() @Length(1, 120) name!: string;
  /** `{"keys":[…]}` with public keys only (EC P-256/P-384, RSA ≥ 2048, Ed25519) */
  @IsString() @Length(10, 20000) jwks!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(AGENCY_SCOPES.length) @ArrayUnique() @IsIn(AGENCY_SCOPES, { each: true }) scopes!: AgencyScope[];
}
