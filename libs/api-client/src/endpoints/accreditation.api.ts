import type {
  AccreditationBody,
  AccreditationStatusBody,
  AccreditedAgencyListResponse,
  AccreditedAgencyResponse,
  AgencyClientResponse,
  RegisterAgencyClientBody,
} from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/* The region's accreditation registry of private agencies (issue 14): accreditations, status, OAuth clients and keys. */

export const accreditationKeys = {
  agencies: () => ['operator', 'accreditation', 'agencies'] as const,
  agency: (agencyId: string) => ['operator', 'accreditation', 'agencies', agencyId] as const,
} as const;

/** GET /api/operator/accreditation/agencies (region admin, managers) */
export function getAccreditedAgencies(signal?: AbortSignal): Promise<AccreditedAgencyListResponse> {
  return call(() => apiClient().GET('/api/operator/accreditation/agencies', { signal }));
}
/** GET /api/operator/accreditation/agencies/:agencyId */
export function getAccreditedAgency(agencyId: string, signal?: AbortSignal): Promise<AccreditedAgencyResponse> {
  return call(() => apiClient().GET('/api/operator/accreditation/agencies/{agencyId}', { params: { path: { agencyId } }, signal }));
}
/** PUT /api/operator/accreditation/agencies/:agencyId/accreditation (409 ACCREDITATION_NUMBER_TAKEN) */
export function saveAccreditation(agencyId: string, body: AccreditationBody): Promise<AccreditedAgencyResponse> {
  return call(() => apiClient().PUT('/api/operator/accreditation/agencies/{agencyId}/accreditation', { params: { path: { agencyId } }, body }));
}
/** POST /api/operator/accreditation/agencies/:agencyId/accreditation/status: suspend, reactivate, revoke (with the reason) */
export function setAccreditationStatus(agencyId: string, body: AccreditationStatusBody): Promise<AccreditedAgencyResponse> {
  return call(() => apiClient().POST('/api/operator/accreditation/agencies/{agencyId}/accreditation/status', { params: { path: { agencyId } }, body }));
}
/** POST /api/operator/accreditation/agencies/:agencyId/clients (400 AGENCY_JWKS_INVALID, 409 AGENCY_CLIENT_ID_TAKEN) */
export function registerAgencyClient(agencyId: string, body: RegisterAgencyClientBody): Promise<AgencyClientResponse> {
  return call(() => apiClient().POST('/api/operator/accreditation/agencies/{agencyId}/clients', { params: { path: { agencyId } }, body }));
}
/** POST /api/operator/accreditation/agencies/:agencyId/clients/:clientId/revoke */
export function revokeAgencyClient(agencyId: string, clientId: string): Promise<AgencyClientResponse> {
  return call(() => apiClient().POST('/api/operator/accreditation/agencies/{agencyId}/clients/{clientId}/revoke', { params: { path: { agencyId, clientId } } }));
}
