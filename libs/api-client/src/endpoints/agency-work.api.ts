import type { AgencyPathwayResponse, AgencyWebhooksOverviewResponse, AssignmentResponse, CreateAssignmentBody } from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/*
 * Agency work (issue 14), the operator side: a person's pathway with accredited agencies (assignments, outcomes,
 * services delivered, SAP section 6 rows) and a CPI assignment to an agency (GOL pathway). The agencies themselves use
 * the machine API (/api/agency/v1, bearer tokens), not this client.
 */

export const agencyWorkKeys = {
  operator: {
    all: ['operator', 'agency-work'] as const,
    pathway: (citizenId: string) => ['operator', 'agency-work', 'pathway', citizenId] as const,
    webhooks: (agencyId: string) => ['operator', 'agency-work', 'webhooks', agencyId] as const,
  },
} as const;

/** GET /api/operator/agencies/citizens/:citizenId/pathway */
export function getAgencyPathway(citizenId: string, signal?: AbortSignal): Promise<AgencyPathwayResponse> {
  return call(() => apiClient().GET('/api/operator/agencies/citizens/{citizenId}/pathway', { params: { path: { citizenId } }, signal }));
}

/** POST /api/operator/agencies/assignments: assign a person of my offices to an agency (GOL pathway) */
export function assignToAgency(body: CreateAssignmentBody): Promise<AssignmentResponse> {
  return call(() => apiClient().POST('/api/operator/agencies/assignments', { body }));
}

/** GET /api/operator/accreditation/agencies/:agencyId/webhooks: an agency's subscriptions and latest deliveries (managers, read-only) */
export function getAgencyWebhooks(agencyId: string, signal?: AbortSignal): Promise<AgencyWebhooksOverviewResponse> {
  return call(() => apiClient().GET('/api/operator/accreditation/agencies/{agencyId}/webhooks', { params: { path: { agencyId } }, signal }));
}
