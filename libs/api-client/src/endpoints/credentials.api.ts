import type { CredentialListResponse, CredentialResponse, CredentialVerificationResultResponse } from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { apiClient, call } from '../http-client';

/*
 * Open Badges 3.0 credentials (issue 15): the citizen's list and downloads, the desk (list, revoke), and the public
 * verification of a credential (no login).
 */

export const credentialKeys = {
  all: ['credentials'] as const,
  list: (citizenId?: string) => ['credentials', 'list', citizenId ?? 'me'] as const,
} as const;

/** GET …/credentials: newest first, revoked ones included (`citizenId`: the operator's view) */
export function getCredentials(citizenId?: string, signal?: AbortSignal): Promise<CredentialListResponse> {
  return citizenId
    ? call(() => apiClient().GET('/api/operator/certificazioni/citizens/{citizenId}/credentials', { params: { path: { citizenId } }, signal }))
    : call(() => apiClient().GET('/api/citizen/certificazioni/credentials', { signal }));
}
/** URL of the credential file as issued: the vc+jwt (default) or JSON with it (a link: the session cookie authorises it) */
export function credentialDownloadUrl(credentialId: string, format: 'jwt' | 'json' = 'jwt'): string {
  return apiUrl('/api/citizen/certificazioni/credentials/{credentialId}/download', { credentialId }, { format });
}
/** POST /api/operator/certificazioni/credentials/:credentialId/revoke */
export function revokeCredential(credentialId: string, reason: string): Promise<CredentialResponse> {
  return call(() => apiClient().POST('/api/operator/certificazioni/credentials/{credentialId}/revoke', { params: { path: { credentialId } }, body: { reason } }));
}
/** POST /api/public/credentials/verify (no login): the vc+jwt, or JSON holding it */
export function verifyCredential(credential: string): Promise<CredentialVerificationResultResponse> {
  return call(() => apiClient().POST('/api/public/credentials/verify', { body: { credential } }));
}
