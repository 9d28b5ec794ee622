import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsIsoDate } from '../validation/date.validator';

/**
 * The certificates a person can get in self-service (issue 15): DID and employment status at a date, the employment
 * status history ("C2 storico"), the SAP extract, a copy of a signed patto.
 */
export const CERTIFICATE_KINDS = ['status_attestation', 'status_history', 'sap_extract', 'patto_copy'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
/** The certificate's language: every language a person can choose (Arabic right to left). */
export const CERTIFICATE_LOCALES = ['it', 'en', 'ar', 'ro', 'uk'] as const;
export type CertificateLocale = (typeof CERTIFICATE_LOCALES)[number];
export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
/** What a verification found: ours and unchanged, ours but revoked, not ours (unknown code or changed file). */
export const VERIFICATION_OUTCOMES = ['authentic', 'revoked', 'not_found'] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];
/** 16 base32 characters (80 bits), shown as XXXX-XXXX-XXXX-XXXX; spaces, dashes and case are ignored. */
export const VERIFICATION_CODE_PATTERN = /^[A-Za-z2-7 -]{16,40}$/;

/** POST /api/citizen/certificazioni/certificates and POST /api/operator/certificazioni/citizens/:citizenId/certificates */
export class RequestCertificateBody {
  @IsIn(CERTIFICATE_KINDS) kind!: CertificateKind;
  @IsIn(CERTIFICATE_LOCALES) locale!: CertificateLocale;
  /** status_attestation: the date it speaks of (Europe/Rome, not in the future); today when absent */
  @IsOptional() @IsIsoDate() atDate?: string;
  /** patto_copy: which patto (its latest signed version is copied) */
  @IsOptional() @IsUUID('4') pattoId?: string;
}
export class CertificateIdParam {
  @IsUUID('4') certificateId!: string;
}
/** POST /api/operator/certificazioni/certificates/:certificateId/revoke */
export class RevokeCertificateBody {
  @IsString() @Length(5, 500) reason!: string;
}
/** GET /api/public/certificates/:code */
export class VerificationCodeParam {
  @Matches(VERIFICATION_CODE_PATTERN, { message: 'code must be the verification code printed on the certificate' }) code!: string;
}
/** POST /api/public/certificates/verify-file: the multipart body has only the file (for the SPA's form, which checks the file itself). */
export class VerifyCertificateFileBody {}
