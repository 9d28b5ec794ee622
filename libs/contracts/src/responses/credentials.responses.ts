import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CREDENTIAL_CHECKS, CREDENTIAL_RESULTS } from '../dto/credentials.dto';

/** A credential of a person, as listed (the vc+jwt itself is downloaded separately). */
export class CredentialResponse {
  @IsString() id!: string;
  @IsString() name!: string;
  @IsString() achievementName!: string;
  @IsString() sourceKind!: string;
  @IsString() sourceId!: string;
  @IsString() issuerDid!: string;
  @IsString() issuedAt!: string;
  @IsString() validFrom!: string;
  @IsOptional() @IsString() validUntil?: string;
  @IsIn(['valid', 'revoked']) status!: string;
  @IsOptional() @IsString() revokedAt?: string;
  @IsOptional() @IsString() revokeReason?: string;
  @IsString() statusListCredential!: string;
  @IsInt() statusListIndex!: number;
}
export class CredentialListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CredentialResponse) items!: CredentialResponse[];
}
export class CredentialCheckResponse {
  @IsIn(CREDENTIAL_CHECKS) check!: string;
  /** false: failed; absent checks after a failure were not run */
  @IsBoolean() passed!: boolean;
}
export class CredentialAlignmentResponse {
  @IsString() targetName!: string;
  @IsString() targetUrl!: string;
  @IsOptional() @IsString() targetCode?: string;
  @IsOptional() @IsString() targetFramework?: string;
}
/** What the credential says (read from it; shown only when it could be parsed). */
export class VerifiedBadgeResponse {
  @IsOptional() @IsString() name?: string;
  @IsOptional() @IsString() description?: string;
  @IsOptional() @IsString() issuerId?: string;
  @IsOptional() @IsString() issuerName?: string;
  @IsOptional() @IsString() achievementName?: string;
  @IsOptional() @IsString() achievementDescription?: string;
  @IsOptional() @IsString() criteria?: string;
  @IsOptional() @IsString() validFrom?: string;
  @IsOptional() @IsString() validUntil?: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => CredentialAlignmentResponse) alignments!: CredentialAlignmentResponse[];
}
/** POST /api/public/credentials/verify */
export class CredentialVerificationResultResponse {
  @IsIn(CREDENTIAL_RESULTS) result!: string;
  /** the first check that failed (absent when valid) */
  @IsOptional() @IsIn(CREDENTIAL_CHECKS) failedCheck?: string;
  /** technical reason of the failure, in English (for developers; the page shows the check in words) */
  @IsOptional() @IsString() reason?: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => CredentialCheckResponse) checks!: CredentialCheckResponse[];
  @IsOptional() @ValidateNested() @Type(() => VerifiedBadgeResponse) badge?: VerifiedBadgeResponse;
  /** when a revocation, the list was checked at this time */
  @IsString() checkedAt!: string;
}
