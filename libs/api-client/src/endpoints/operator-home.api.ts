import type { AppointmentListResponse, AuditTrailResponse, UnreadThreadListResponse } from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/*
 * The operator home and the dossier's tabs (issue 17): what they read that the other endpoint files do not have,
 * each from the module that owns it (agenda: a person's appointments; dossier: the unread messages; registry: one
 * page of the access log). Query keys live here too, below the `operator` root of queryKeys.
 */

export interface AuditPageParams {
  limit?: number;
  /** the `nextCursor` of the previous page */
  before?: string;
}

export const operatorHomeKeys = {
  citizenAppointments: (citizenId: string) => ['operator', 'agenda', 'citizen', citizenId, 'appointments'] as const,
  unreadMessages: () => ['operator', 'dossier', 'unread-messages'] as const,
  auditPage: (citizenId: string, params: AuditPageParams) => ['operator', 'registry', 'citizens', citizenId, 'audit-events', params] as const,
} as const;

/** GET /api/operator/agenda/citizens/:citizenId/appointments: the person's appointments, most recent first (audited) */
export function getCitizenAppointments(citizenId: string, signal?: AbortSignal): Promise<AppointmentListResponse> {
  return call(() => apiClient().GET('/api/operator/agenda/citizens/{citizenId}/appointments', { params: { path: { citizenId } }, signal }));
}

/** GET /api/operator/dossier/unread-messages: people and companies of my offices whose messages the CPI has not read */
export function getUnreadMessages(signal?: AbortSignal): Promise<UnreadThreadListResponse> {
  return call(() => apiClient().GET('/api/operator/dossier/unread-messages', { signal }));
}

/** GET /api/operator/registry/citizens/:citizenId/audit-events?limit=&before=: one page of the access log, newest first */
export function getCitizenAuditPage(citizenId: string, params: AuditPageParams, signal?: AbortSignal): Promise<AuditTrailResponse> {
  return call(() => apiClient().GET('/api/operator/registry/citizens/{citizenId}/audit-events', { params: { path: { citizenId }, query: { ...params } }, signal }));
}
