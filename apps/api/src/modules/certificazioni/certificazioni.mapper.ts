import type { CertificateResponse, CertificateVerificationResponse, PublicCertificateResponse } from '@opencpi/contracts';
import { todayRome } from '../../platform/time/rome-time';
import type { CertificateRow } from './certificates/certificates.repository';
import type { CertificateSnapshot } from './domain/certificate-snapshot';
import { groupCode } from './domain/verification-code';

/** The citizen SPA's verification page for a code (the QR code's target). */
export const verifyUrlOf = (citizenWebUrl: string, code: string): string => `${citizenWebUrl.replace(/\/$/, '')}/verifica/${groupCode(code)}`;

export function toCertificateResponse(c: CertificateRow, citizenWebUrl: string, officeName?: string): CertificateResponse {
  return {
    id: c.id,
    kind: c.kind,
    locale: c.locale,
    status: c.revokedAt ? 'revoked' : 'valid',
    issuedAt: c.issuedAt.toISOString(),
    ...(c.atDate ? { atDate: c.atDate } : {}),
    ...(c.pattoId ? { pattoId: c.pattoId } : {}),
    code: groupCode(c.code),
    verifyUrl: verifyUrlOf(citizenWebUrl, c.code),
    sha256: c.sha256.trim(),
    issuedVia: c.issuedVia,
    ...(officeName ? { officeName } : {}),
    ...(c.revokedAt ? { revokedAt: c.revokedAt.toISOString() } : {}),
    ...(c.revokeReason ? { revokeReason: c.revokeReason } : {}),
  };
}

/** Only what the certificate prints about the person: name, fiscal code, the date it speaks of, the issuer. */
export function toPublicCertificate(c: CertificateRow): PublicCertificateResponse {
  const s = c.snapshot as unknown as CertificateSnapshot;
  return {
    outcome: c.revokedAt ? 'revoked' : 'authentic',
    kind: c.kind,
    locale: c.locale,
    issuedAt: todayRome(c.issuedAt),
    code: groupCode(c.code),
    holderName: s.holder.name,
    holderFiscalCode: s.holder.fiscalCode,
    issuer: s.issuer,
    ...(c.atDate ? { atDate: c.atDate } : {}),
    ...(c.revokedAt ? { revokedAt: c.revokedAt.toISOString() } : {}),
    sha256: c.sha256.trim(),
  };
}

export function toVerificationResponse(v: {
  id: string;
  certificateId: string | null;
  method: string;
  outcome: string;
  verifierHash: string;
  at: Date;
  kind: string;
}): CertificateVerificationResponse {
  return {
    id: v.id,
    certificateId: v.certificateId ?? '',
    kind: v.kind,
    at: new Date(v.at).toISOString(),
    method: v.method,
    outcome: v.outcome,
    verifier: v.verifierHash.slice(0, 8),
  };
}
