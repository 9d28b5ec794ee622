import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

/** Open Badges 3.0 credentials (issue 15): what a public verification answers, and which check failed. */
export const CREDENTIAL_RESULTS = ['valid', 'revoked', 'expired', 'tampered', 'untrusted_issuer', 'invalid'] as const;
export type CredentialResult = (typeof CREDENTIAL_RESULTS)[number];
export const CREDENTIAL_CHECKS = ['structure', 'context', 'signature', 'issuer_trust', 'validity_period', 'status'] as const;
export type CredentialCheck = (typeof CREDENTIAL_CHECKS)[number];
export const CREDENTIAL_DOWNLOAD_FORMATS = ['jwt', 'json'] as const;
export type CredentialDownloadFormat = (typeof CREDENTIAL_DOWNLOAD_FORMATS)[number];
/** largest credential text the public check reads (a badge is a few KB) */
export const CREDENTIAL_MAX_LENGTH = 100_000;

/** POST /api/public/credentials/verify: the vc+jwt, or JSON text that holds it (e.g. a wallet export). */
export class VerifyCredentialBody {
  @IsString() @Length(1, CREDENTIAL_MAX_LENGTH) credential!: string;
}
export class CredentialIdParam {
  @IsUUID('4') credentialId!: string;
}
export class StatusListIdParam {
  @IsString() @Length(1, 9) listId!: string;
}
/** GET /api/citizen/certificazioni/credentials/:credentialId/download?format=jwt|json */
export class CredentialDownloadQuery {
  @IsOptional() @IsIn(CREDENTIAL_DOWNLOAD_FORMATS) format?: CredentialDownloadFormat;
}
/** POST /api/operator/certificazioni/credentials/:credentialId/revoke */
export class RevokeCredentialBody {
  @IsString() @Length(5, 500) reason!: string;
}
