import type {
  CertificateListResponse,
  CertificateResponse,
  CertificateVerificationListResponse,
  PublicCertificateResponse,
  PublicFileVerificationResponse,
  RequestCertificateBody,
} from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { asFormData } from '../form-data';
import { apiClient, call } from '../http-client';

/*
 * Certificates (issue 15): "I miei certificati" (citizen), the desk (operator: issue, list, revoke), and the public
 * verification by code or by file. `citizenId` undefined = the citizen's own area; a citizenId = the operator's view.
 */

export const certificateKeys = {
  all: ['certificazioni'] as const,
  list: (citizenId?: string) => ['certificazioni', 'certificates', citizenId ?? 'me'] as const,
  verifications: () => ['certificazioni', 'verifications'] as const,
  verify: (code: string) => ['certificazioni', 'verify', code] as const,
} as const;

/** GET …/certificates: newest first, revoked ones included */
export function getCertificates(citizenId?: string, signal?: AbortSignal): Promise<CertificateListResponse> {
  return citizenId
    ? call(() => apiClient().GET('/api/operator/certificazioni/citizens/{citizenId}/certificates', { params: { path: { citizenId } }, signal }))
    : call(() => apiClient().GET('/api/citizen/certificazioni/certificates', { signal }));
}
/** POST …/certificates: issue a sealed certificate (self-service, or at the desk for `citizenId`) */
export function requestCertificate(body: RequestCertificateBody, citizenId?: string): Promise<CertificateResponse> {
  return citizenId
    ? call(() => apiClient().POST('/api/operator/certificazioni/citizens/{citizenId}/certificates', { params: { path: { citizenId } }, body }))
    : call(() => apiClient().POST('/api/citizen/certificazioni/certificates', { body }));
}
/** URL of the sealed PDF (a link: the session cookie authorises it) */
export function certificatePdfUrl(certificateId: string, side: 'citizen' | 'operator' = 'citizen'): string {
  return side === 'operator'
    ? apiUrl('/api/operator/certificazioni/certificates/{certificateId}/pdf', { certificateId })
    : apiUrl('/api/citizen/certificazioni/certificates/{certificateId}/pdf', { certificateId });
}
/** POST /api/operator/certificazioni/certificates/:certificateId/revoke */
export function revokeCertificate(certificateId: string, reason: string): Promise<CertificateResponse> {
  return call(() => apiClient().POST('/api/operator/certificazioni/certificates/{certificateId}/revoke', { params: { path: { certificateId } }, body: { reason } }));
}
/** GET /api/citizen/certificazioni/verifications: who checked my certificates, when, with what outcome */
export function getMyCertificateVerifications(signal?: AbortSignal): Promise<CertificateVerificationListResponse> {
  return call(() => apiClient().GET('/api/citizen/certificazioni/verifications', { signal }));
}
/** GET /api/public/certificates/:code (no login): 404 CERTIFICATE_NOT_FOUND when no certificate has the code */
export function verifyCertificateCode(code: string, signal?: AbortSignal): Promise<PublicCertificateResponse> {
  return call(() => apiClient().GET('/api/public/certificates/{code}', { params: { path: { code } }, signal }));
}
/** POST /api/public/certificates/verify-file (multipart: file): is this PDF one of ours, unchanged? */
export function verifyCertificateFile(file: File): Promise<PublicFileVerificationResponse> {
  return call(() => apiClient().POST('/api/public/certificates/verify-file', { body: { file }, bodySerializer: asFormData }));
}
