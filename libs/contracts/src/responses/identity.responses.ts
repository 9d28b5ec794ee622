import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, ValidateNested } from 'class-validator';
import { ALL_ROLES, type Role } from '../roles';
import type { IdentityProviderKind, SpidLevel } from '../spid';

export class IdentityProviderResponse {
  /** stable id to pass as `idp` to the login endpoint */
  @IsString() id!: string;
  @IsString() entityId!: string;
  @IsString() displayName!: string;
  @IsIn(['spid', 'cie', 'eidas']) kind!: IdentityProviderKind;
  /** true for the development identity provider (never in production) */
  @IsBoolean() development!: boolean;
}

export class IdentityProviderListResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => IdentityProviderResponse)
  items!: IdentityProviderResponse[];
}

export class SessionUserResponse {
  @IsString() fiscalCode!: string;
  @IsString() givenName!: string;
  @IsString() familyName!: string;
  @IsArray() @IsIn(ALL_ROLES, { each: true }) roles!: Role[];
  @IsInt() spidLevel!: SpidLevel;
  @IsIn(['spid', 'cie', 'eidas']) authenticatedWith!: IdentityProviderKind;
  /** RFC 3339 */
  @IsString() expiresAt!: string;
}

export class SessionResponse {
  @IsBoolean() authenticated!: boolean;
  @IsOptional() @ValidateNested() @Type(() => SessionUserResponse) user?: SessionUserResponse;
  /** send back as `X-CSRF-Token` on every POST/PUT/PATCH/DELETE */
  @IsOptional() @IsString() csrfToken?: string;
}

export class LogoutResponse {
  @IsUrl({ require_tld: false }) redirectTo!: string;
}
