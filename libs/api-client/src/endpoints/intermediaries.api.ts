import type {
  AddIntermediaryOperatorBody,
  AppointmentChannel,
  AppointmentListResponse,
  AppointmentResponse,
  DelegatedActionListResponse,
  DelegatedPersonResponse,
  DelegationListResponse,
  DelegationResponse,
  DocumentResponse,
  DocumentType,
  GrantDelegationBody,
  OrganisationListResponse,
  OrganisationResponse,
  RegisterOrganisationBody,
  ReviewDelegationBody,
  UploadDelegationBody,
} from '@opencpi/contracts';
import { asFormData } from '../form-data';
import { apiClient, call } from '../http-client';

/*
 * Intermediaries (issue 14): patronati, CAF and municipality desks. The person's delegations ("Chi mi assiste"), the
 * region's register (region admin), and the intermediary's operator acting for a person under a delegation.
 */

export const intermediariesKeys = {
  organisations: () => ['citizen', 'intermediaries', 'organisations'] as const,
  myDelegations: () => ['citizen', 'intermediaries', 'delegations'] as const,
  myActions: () => ['citizen', 'intermediaries', 'actions'] as const,
  register: () => ['operator', 'intermediaries', 'organisations'] as const,
  held: () => ['intermediary', 'delegations'] as const,
  pending: () => ['operator', 'intermediaries', 'delegations', 'pending'] as const,
  person: (citizenId: string) => ['intermediary', 'people', citizenId] as const,
  personAppointments: (citizenId: string) => ['intermediary', 'people', citizenId, 'appointments'] as const,
  personActions: (citizenId: string) => ['intermediary', 'people', citizenId, 'actions'] as const,
} as const;

// ---- the person
/** GET /api/citizen/intermediaries/organisations: the registered intermediaries I may delegate */
export function getIntermediaryOrganisations(signal?: AbortSignal): Promise<OrganisationListResponse> {
  return call(() => apiClient().GET('/api/citizen/intermediaries/organisations', { signal }));
}
/** GET /api/citizen/intermediaries/delegations */
export function getMyDelegations(signal?: AbortSignal): Promise<DelegationListResponse> {
  return call(() => apiClient().GET('/api/citizen/intermediaries/delegations', { signal }));
}
/** POST /api/citizen/intermediaries/delegations (409 DELEGATION_EXISTS) */
export function grantDelegation(body: GrantDelegationBody): Promise<DelegationResponse> {
  return call(() => apiClient().POST('/api/citizen/intermediaries/delegations', { body }));
}
/** POST /api/citizen/intermediaries/delegations/:delegationId/revoke */
export function revokeDelegation(delegationId: string): Promise<DelegationResponse> {
  return call(() => apiClient().POST('/api/citizen/intermediaries/delegations/{delegationId}/revoke', { params: { path: { delegationId } } }));
}
/** GET /api/citizen/intermediaries/actions: what intermediaries did for me */
export function getActionsForMe(signal?: AbortSignal): Promise<DelegatedActionListResponse> {
  return call(() => apiClient().GET('/api/citizen/intermediaries/actions', { signal }));
}

// ---- the region's register (region admin)
/** GET /api/operator/intermediaries/organisations */
export function getRegionIntermediaries(signal?: AbortSignal): Promise<OrganisationListResponse> {
  return call(() => apiClient().GET('/api/operator/intermediaries/organisations', { signal }));
}
/** POST /api/operator/intermediaries/organisations */
export function registerIntermediary(body: RegisterOrganisationBody): Promise<OrganisationResponse> {
  return call(() => apiClient().POST('/api/operator/intermediaries/organisations', { body }));
}
/** POST /api/operator/intermediaries/organisations/:organisationId/operators */
export function addIntermediaryOperator(organisationId: string, body: AddIntermediaryOperatorBody): Promise<OrganisationResponse> {
  return call(() => apiClient().POST('/api/operator/intermediaries/organisations/{organisationId}/operators', { params: { path: { organisationId } }, body }));
}

// ---- the intermediary's operator, acting for a person
/** GET /api/intermediary/delegations: the delegations my organisation holds today */
export function getHeldDelegations(signal?: AbortSignal): Promise<DelegationListResponse> {
  return call(() => apiClient().GET('/api/intermediary/delegations', { signal }));
}
/** GET /api/intermediary/people/:citizenId (403 DELEGATION_REQUIRED) */
export function getDelegatedPerson(citizenId: string, signal?: AbortSignal): Promise<DelegatedPersonResponse> {
  return call(() => apiClient().GET('/api/intermediary/people/{citizenId}', { params: { path: { citizenId } }, signal }));
}
/** GET /api/intermediary/people/:citizenId/appointments */
export function getDelegatedAppointments(citizenId: string, signal?: AbortSignal): Promise<AppointmentListResponse> {
  return call(() => apiClient().GET('/api/intermediary/people/{citizenId}/appointments', { params: { path: { citizenId } }, signal }));
}
/** POST /api/intermediary/people/:citizenId/appointments */
export function bookForPerson(citizenId: string, body: { slotId: string; channel: AppointmentChannel }): Promise<AppointmentResponse> {
  return call(() => apiClient().POST('/api/intermediary/people/{citizenId}/appointments', { params: { path: { citizenId } }, body }));
}
/** POST /api/intermediary/people/:citizenId/documents (multipart: type, file) */
export function uploadForPerson(citizenId: string, file: File, type: DocumentType): Promise<DocumentResponse> {
  const body = { type, file };
  return call(() => apiClient().POST('/api/intermediary/people/{citizenId}/documents', { params: { path: { citizenId } }, body, bodySerializer: asFormData }));
}
/** GET /api/intermediary/people/:citizenId/actions: what my organisation did for the person */
export function getDelegatedActions(citizenId: string, signal?: AbortSignal): Promise<DelegatedActionListResponse> {
  return call(() => apiClient().GET('/api/intermediary/people/{citizenId}/actions', { params: { path: { citizenId } }, signal }));
}

// ---- delegations signed on paper: uploaded by the intermediary, checked by the CPI
/** POST /api/intermediary/delegations (multipart: fiscalCode, scopes comma-separated, validUntil, file) */
export function uploadSignedDelegation(body: UploadDelegationBody, file: File): Promise<DelegationResponse> {
  return call(() => apiClient().POST('/api/intermediary/delegations', { body: { ...body, file }, bodySerializer: asFormData }));
}
/** GET /api/operator/intermediaries/delegations/pending: uploaded delegations of people of my offices */
export function getPendingDelegations(signal?: AbortSignal): Promise<DelegationListResponse> {
  return call(() => apiClient().GET('/api/operator/intermediaries/delegations/pending', { signal }));
}
/** POST /api/operator/intermediaries/delegations/:delegationId/review */
export function reviewDelegation(delegationId: string, body: ReviewDelegationBody): Promise<DelegationResponse> {
  return call(() => apiClient().POST('/api/operator/intermediaries/delegations/{delegationId}/review', { params: { path: { delegationId } }, body }));
}
