import type {
  AppointmentChannel, AppointmentListResponse, AppointmentResponse, AttendanceOutcome, AvailabilityExceptionResponse, AvailabilityRuleResponse, CalendarResponse,
  CreateAvailabilityExceptionBody,
  ConvocationListResponse, ConvocationResponse, CreateAvailabilityRuleBody, CreateConvocationBody, CreateInvitationsBody,
  InvitationListResponse, OfficeOptionListResponse, PublicInvitationResponse, PublicRecallResponse, RecallAnswer, ServiceTypeListResponse, SlotListResponse,
} from '@opencpi/contracts';
import { API_BASE, apiRequest } from '../http-client';

export interface SlotSearchParams {
  serviceType: string;
  officeId?: string;
  channel?: AppointmentChannel;
  /** YYYY-MM-DD (Rome) */
  from?: string;
  days?: number;
}
const slotQuery = (p: SlotSearchParams) => ({ serviceType: p.serviceType, officeId: p.officeId, channel: p.channel, from: p.from, days: p.days });

// ---- citizen ----

/** GET /api/citizen/agenda/service-types */
export function getCitizenServiceTypes(signal?: AbortSignal): Promise<ServiceTypeListResponse> {
  return apiRequest('/citizen/agenda/service-types', { signal });
}
/** GET /api/citizen/agenda/offices: own CPI first, the others by distance */
export function getCitizenOffices(signal?: AbortSignal): Promise<OfficeOptionListResponse> {
  return apiRequest('/citizen/agenda/offices', { signal });
}
/** GET /api/citizen/agenda/slots: free slots, soonest first */
export function getCitizenSlots(params: SlotSearchParams, signal?: AbortSignal): Promise<SlotListResponse> {
  return apiRequest('/citizen/agenda/slots', { query: slotQuery(params), signal });
}
/** POST /api/citizen/agenda/appointments (409 SLOT_FULL when someone was faster) */
export function bookAppointment(body: { slotId: string; channel: AppointmentChannel }): Promise<AppointmentResponse> {
  return apiRequest('/citizen/agenda/appointments', { method: 'POST', body });
}
/** GET /api/citizen/agenda/appointments */
export function getMyAppointments(signal?: AbortSignal): Promise<AppointmentListResponse> {
  return apiRequest('/citizen/agenda/appointments', { signal });
}
/** POST /api/citizen/agenda/appointments/:id/cancel */
export function cancelMyAppointment(appointmentId: string, reason?: string): Promise<AppointmentResponse> {
  return apiRequest(`/citizen/agenda/appointments/${encodeURIComponent(appointmentId)}/cancel`, { method: 'POST', body: reason ? { reason } : {} });
}
/** POST /api/citizen/agenda/appointments/:id/reschedule (atomic: the old seat is freed only if the new one is taken) */
export function rescheduleMyAppointment(appointmentId: string, slotId: string, channel?: AppointmentChannel): Promise<AppointmentResponse> {
  return apiRequest(`/citizen/agenda/appointments/${encodeURIComponent(appointmentId)}/reschedule`, { method: 'POST', body: channel ? { slotId, channel } : { slotId } });
}
/** URL of the .ics file of one of my appointments (a plain link: the browser downloads it with the session cookie) */
export function appointmentIcsUrl(appointmentId: string): string {
  return `${API_BASE}/citizen/agenda/appointments/${encodeURIComponent(appointmentId)}/ics`;
}
/** GET /api/citizen/agenda/convocations */
export function getMyConvocations(signal?: AbortSignal): Promise<ConvocationListResponse> {
  return apiRequest('/citizen/agenda/convocations', { signal });
}
/** POST /api/citizen/agenda/convocations/:id/acknowledge: "I have read it" (kept as proof) */
export function acknowledgeConvocation(convocationId: string): Promise<ConvocationResponse> {
  return apiRequest(`/citizen/agenda/convocations/${encodeURIComponent(convocationId)}/acknowledge`, { method: 'POST', body: {} });
}

// ---- invitation link (no login) ----

/** GET /api/public/invitations/:token: what the invitation offers (service, office, free slots) */
export function getInvitation(token: string, signal?: AbortSignal): Promise<PublicInvitationResponse> {
  return apiRequest(`/public/invitations/${encodeURIComponent(token)}`, { signal });
}
/** POST /api/public/invitations/:token/appointment: book one of the offered slots */
export function bookInvitation(token: string, body: { slotId: string; channel: AppointmentChannel }): Promise<PublicInvitationResponse> {
  return apiRequest(`/public/invitations/${encodeURIComponent(token)}/appointment`, { method: 'POST', body });
}

// ---- "are you coming?" link (no login) ----

/** GET /api/public/appointments/:appointmentId/recall/:signature */
export function getRecall(appointmentId: string, signature: string, signal?: AbortSignal): Promise<PublicRecallResponse> {
  return apiRequest(`/public/appointments/${encodeURIComponent(appointmentId)}/recall/${encodeURIComponent(signature)}`, { signal });
}
/** POST /api/public/appointments/:appointmentId/recall/:signature: "coming" or "not_coming" (frees the seat) */
export function answerRecall(appointmentId: string, signature: string, answer: RecallAnswer): Promise<PublicRecallResponse> {
  return apiRequest(`/public/appointments/${encodeURIComponent(appointmentId)}/recall/${encodeURIComponent(signature)}`, { method: 'POST', body: { answer } });
}

// ---- operator ----

/** GET /api/operator/agenda/service-types */
export function getOperatorServiceTypes(signal?: AbortSignal): Promise<ServiceTypeListResponse> {
  return apiRequest('/operator/agenda/service-types', { signal });
}
/** GET /api/operator/agenda/slots: free slots (to convoke someone) */
export function getOperatorSlots(params: SlotSearchParams, signal?: AbortSignal): Promise<SlotListResponse> {
  return apiRequest('/operator/agenda/slots', { query: slotQuery(params), signal });
}
/** POST /api/operator/agenda/availability-rules: a weekly availability, its slots published for the horizon */
export function createAvailabilityRule(body: CreateAvailabilityRuleBody): Promise<AvailabilityRuleResponse> {
  return apiRequest('/operator/agenda/availability-rules', { method: 'POST', body });
}
/** POST /api/operator/agenda/exceptions: an absence (or, managers, an office closure); answers the appointments it affects */
export function createAvailabilityException(body: CreateAvailabilityExceptionBody): Promise<AvailabilityExceptionResponse> {
  return apiRequest('/operator/agenda/exceptions', { method: 'POST', body });
}
export interface CalendarParams { officeId: string; from: string; days?: number; operatorId?: string; channel?: AppointmentChannel }
/** GET /api/operator/agenda/calendar: day (days=1) or week (days=7), in person and remote together */
export function getCalendar(params: CalendarParams, signal?: AbortSignal): Promise<CalendarResponse> {
  return apiRequest('/operator/agenda/calendar', { query: { ...params }, signal });
}
/** POST /api/operator/agenda/appointments/:id/attendance */
export function recordAttendance(appointmentId: string, outcome: AttendanceOutcome, note?: string): Promise<AppointmentResponse> {
  return apiRequest(`/operator/agenda/appointments/${encodeURIComponent(appointmentId)}/attendance`, { method: 'POST', body: note ? { outcome, note } : { outcome } });
}
/** POST /api/operator/agenda/appointments/:id/cancel (reason required) */
export function cancelAppointmentAsOperator(appointmentId: string, reason: string): Promise<AppointmentResponse> {
  return apiRequest(`/operator/agenda/appointments/${encodeURIComponent(appointmentId)}/cancel`, { method: 'POST', body: { reason } });
}
/** POST /api/operator/agenda/appointments/:id/move: to another free slot of the same office (atomic) */
export function moveAppointment(appointmentId: string, slotId: string): Promise<AppointmentResponse> {
  return apiRequest(`/operator/agenda/appointments/${encodeURIComponent(appointmentId)}/move`, { method: 'POST', body: { slotId } });
}
/** POST /api/operator/agenda/invitations: invite people to pick a slot within N days */
export function createInvitations(body: CreateInvitationsBody): Promise<InvitationListResponse> {
  return apiRequest('/operator/agenda/invitations', { method: 'POST', body });
}
/** GET /api/operator/agenda/invitations?officeId= */
export function getInvitations(officeId: string, signal?: AbortSignal): Promise<InvitationListResponse> {
  return apiRequest('/operator/agenda/invitations', { query: { officeId }, signal });
}
/** POST /api/operator/agenda/convocations (also escalates an invitation when invitationId is given) */
export function createConvocation(body: CreateConvocationBody): Promise<ConvocationResponse> {
  return apiRequest('/operator/agenda/convocations', { method: 'POST', body });
}
/** GET /api/operator/agenda/convocations?officeId= */
export function getConvocations(officeId: string, signal?: AbortSignal): Promise<ConvocationListResponse> {
  return apiRequest('/operator/agenda/convocations', { query: { officeId }, signal });
}
/** GET /api/operator/agenda/convocations/:id (with each delivery attempt) */
export function getConvocation(convocationId: string, signal?: AbortSignal): Promise<ConvocationResponse> {
  return apiRequest(`/operator/agenda/convocations/${encodeURIComponent(convocationId)}`, { signal });
}
