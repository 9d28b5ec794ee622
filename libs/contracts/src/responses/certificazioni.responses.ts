import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CERTIFICATE_KINDS, CERTIFICATE_LOCALES, CERTIFICATE_STATUSES, VERIFICATION_OUTCOMES } from '../dto/certificazioni.dto';

export class CertificateResponse {
  @IsString() id!: string;
  @IsIn(CERTIFICATE_KINDS) kind!: string;
  @IsIn(CERTIFICATE_LOCALES) locale!: string;
  @IsIn(CERTIFICATE_STATUSES) status!: string;
  @IsString() issuedAt!: string;
  /** status_attestation: the date it speaks of */
  @IsOptional() @IsString() atDate?: string;
  @IsOptional() @IsString() pattoId?: string;
  /** grouped, as printed: XXXX-XXXX-XXXX-XXXX */
  @IsString() code!: string;
  /** the public verification page (the QR code's target) */
  @IsString() verifyUrl!: string;
  /** sha256 (hex) of the sealed PDF */
  @IsString() sha256!: string;
  @IsIn(['citizen', 'operator']) issuedVia!: string;
  @IsOptional() @IsString() officeName?: string;
  @IsOptional() @IsString() revokedAt?: string;
  @IsOptional() @IsString() revokeReason?: string;
}
export class CertificateListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CertificateResponse) items!: CertificateResponse[];
}
/** One check of one of my certificates: when, how, what it found (the verifier is anonymous: only a hash of the address is kept). */
export class CertificateVerificationResponse {
  @IsString() id!: string;
  @IsString() certificateId!: string;
  @IsIn(CERTIFICATE_KINDS) kind!: string;
  @IsString() at!: string;
  @IsIn(['code', 'file']) method!: string;
  @IsIn(VERIFICATION_OUTCOMES) outcome!: string;
  /** first 8 hex characters of the keyed hash of the verifier's address: tells repeated checks apart, identifies no one */
  @IsString() verifier!: string;
}
export class CertificateVerificationListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CertificateVerificationResponse) items!: CertificateVerificationResponse[];
}
/** What the public verification page shows: only what the certificate prints. */
export class PublicCertificateResponse {
  @IsIn(['authentic', 'revoked']) outcome!: string;
  @IsIn(CERTIFICATE_KINDS) kind!: string;
  @IsIn(CERTIFICATE_LOCALES) locale!: string;
  @IsString() issuedAt!: string;
  @IsString() code!: string;
  @IsString() holderName!: string;
  @IsString() holderFiscalCode!: string;
  @IsString() issuer!: string;
  @IsOptional() @IsString() atDate?: string;
  @IsOptional() @IsString() revokedAt?: string;
  /** sha256 (hex) of the sealed PDF */
  @IsString() sha256!: string;
}
/** POST /api/public/certificates/verify-file: authentic / revoked carry the certificate; not_found says the file is not one of ours as issued. */
export class PublicFileVerificationResponse {
  @IsIn(VERIFICATION_OUTCOMES) outcome!: string;
  @IsOptional() @ValidateNested() @Type(() => PublicCertificateResponse) certificate?: PublicCertificateResponse;
}
