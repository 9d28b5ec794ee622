import type { ConsentAccessLogResponse, ConsentAgencyListResponse, ConsentGrantListResponse, ConsentGrantResponse, GrantConsentBody } from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/*
 * The consent ledger (issue 14), "Chi può vedere i miei dati": the person's grants to accredited agencies, the grant
 * form's agencies, revocation, and the agencies' reads of the person's data (from the audit trail).
 */

export const consentKeys = {
  all: ['citizen', 'consent'] as const,
  grants: () => ['citizen', 'consent', 'grants'] as const,
  accessLog: () => ['citizen', 'consent', 'access-log'] as const,
  agencies: () => ['citizen', 'consent', 'agencies'] as const,
} as const;

/** GET /api/citizen/consent/grants: my grants, revoked and expired included, newest first */
export function getMyConsentGrants(signal?: AbortSignal): Promise<ConsentGrantListResponse> {
  return call(() => apiClient().GET('/api/citizen/consent/grants', { signal }));
}
/** POST /api/citizen/consent/grants: one grant per part, all or none */
export function grantConsent(body: GrantConsentBody): Promise<ConsentGrantListResponse> {
  return call(() => apiClient().POST('/api/citizen/consent/grants', { body }));
}
/** POST /api/citizen/consent/grants/:grantId/revoke */
export function revokeConsent(grantId: string): Promise<ConsentGrantResponse> {
  return call(() => apiClient().POST('/api/citizen/consent/grants/{grantId}/revoke', { params: { path: { grantId } } }));
}
/** GET /api/citizen/consent/access-log: every read of my data by an agency, newest first */
export function getMyConsentAccessLog(signal?: AbortSignal): Promise<ConsentAccessLogResponse> {
  return call(() => apiClient().GET('/api/citizen/consent/access-log', { signal }));
}
/** GET /api/citizen/consent/agencies: the accredited agencies of my region */
export function getConsentAgencies(signal?: AbortSignal): Promise<ConsentAgencyListResponse> {
  return call(() => apiClient().GET('/api/citizen/consent/agencies', { signal }));
}
