import { Injectable } from '@nestjs/common';
import { ErrorCode, type PublicCertificateResponse, type PublicFileVerificationResponse } from '@opencpi/contracts';
import type { RequestOrigin } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { sha256Hex } from '../../../platform/pdf/pdf-seal';
import { KeyRing } from '../../../platform/keys/key-ring';
import type { UploadedFile } from '../../dossier/dossier.service';
import { toPublicCertificate } from '../certificazioni.mapper';
import { CertificatesRepository, type CertificateRow } from '../certificates/certificates.repository';
import { normaliseCode } from '../domain/verification-code';

/** Largest file the public check reads (a certificate is a few tens of KB). */
export const VERIFY_FILE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The public verification: by code (the QR code, or typed) or by uploading the PDF (its sha256 against the record).
 * Every check is recorded with a keyed hash of the address, never the address. A miss answers 404 with nothing of
 * anyone, after the same work as a hit (one lookup, one insert), so timing says nothing either.
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly keys: KeyRing,
  ) {}

  async byCode(input: string, origin: RequestOrigin): Promise<PublicCertificateResponse> {
    const code = normaliseCode(input);
    // a malformed code is looked up as a code no certificate has: same work, same answer
    const c = await this.repo.byCode(code ?? '-'.repeat(16));
    await this.record(c, 'code', origin);
    if (!c) throw new DomainError(ErrorCode.CERTIFICATE_NOT_FOUND);
    return toPublicCertificate(c);
  }

  async byFile(file: UploadedFile | undefined, origin: RequestOrigin): Promise<PublicFileVerificationResponse> {
    if (!file) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A file is required', [{ pointer: '/file', detail: 'file is required', constraint: 'required' }]);
    if (file.size > VERIFY_FILE_MAX_BYTES)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The file is too large to be a certificate', [{ pointer: '/file', detail: 'at most 5 MB', constraint: 'maxSize' }]);
    if (file.buffer.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The file is not a PDF', [{ pointer: '/file', detail: 'must be a PDF', constraint: 'pdf' }]);
    const c = await this.repo.bySha256(sha256Hex(file.buffer));
    await this.record(c, 'file', origin);
    return c ? { outcome: c.revokedAt ? 'revoked' : 'authentic', certificate: toPublicCertificate(c) } : { outcome: 'not_found' };
  }

  private record(c: CertificateRow | null, method: 'code' | 'file', origin: RequestOrigin): Promise<void> {
    return this.repo.recordVerification({
      certificateId: c?.id ?? null,
      method,
      outcome: !c ? 'not_found' : c.revokedAt ? 'revoked' : 'authentic',
      verifierHash: this.keys.mac('verifier-address', origin.ip ?? 'unknown').toString('hex'),
    });
  }
}
