import type {
  AppointmentChannel,
  AppointmentListResponse,
  AppointmentResponse,
  AttendanceOutcome,
  AvailabilityExceptionResponse,
  AvailabilityRuleResponse,
  CalendarResponse,
  CreateAvailabilityExceptionBody,
  ConvocationListResponse,
  ConvocationResponse,
  CreateAvailabilityRuleBody,
  CreateConvocationBody,
  CreateInvitationsBody,
  InvitationListResponse,
  OfficeOptionListResponse,
  PublicInvitationResponse,
  PublicRecallResponse,
  RecallAnswer,
  ServiceTypeListResponse,
  SlotListResponse,
} from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { apiClient, call } from '../http-client';

export interface SlotSearchParams {
  serviceType: string;
  officeId?: string;
  channel?: AppointmentChannel;
  /** YYYY-MM-DD (Rome) */
  from?: string;
  days?: number;
  /** the next N free slots across operators, in time order (without `days`: up to the booking horizon) */
  limit?: number;
}
const slotQuery = (p: SlotSearchParams) => ({ serviceType: p.serviceType, officeId: p.officeId, channel: p.channel, from: p.from, days: p.days, limit: p.limit });

// ---- citizen ----

/** GET /api/citizen/agenda/service-types */
export function getCitizenServiceTypes(signal?: AbortSignal): Promise<ServiceTypeListResponse> {
  return call(() => apiClient().GET('/api/citizen/agenda/service-types', { signal }));
}
/** GET /api/citizen/agenda/offices: own CPI first, the others by distance */
export function getCitizenOffices(signal?: AbortSignal): Promise<OfficeOptionListResponse> {
  return call(() => apiClient().GET('/api/citizen/agenda/offices', { signal }));
}
/** GET /api/citizen/agenda/slots: free slots, soonest first */
export function getCitizenSlots(params: SlotSearchParams, signal?: AbortSignal): Promise<SlotListResponse> {
  return call(() => apiClient().GET('/api/citizen/agenda/slots', { params: { query: slotQuery(params) }, signal }));
}
/** POST /api/citizen/agenda/appointments (409 SLOT_FULL when someone was faster) */
export function bookAppointment(body: { slotId: string; channel: AppointmentChannel }): Promise<AppointmentResponse> {
  return call(() => apiClient().POST('/api/citizen/agenda/appointments', { body }));
}
/** GET /api/citizen/agenda/appointments */
export function getMyAppointments(signal?: AbortSignal): Promise<AppointmentListResponse> {
  return call(() => apiClient().GET('/api/citizen/agenda/appointments', { signal }));
}
/** POST /api/citizen/agenda/appointments/:id/cancel */
export function cancelMyAppointment(appointmentId: string, reason?: string): Promise<AppointmentResponse> {
  return call(() =>
    apiClient().POST('/api/citizen/agenda/appointments/{appointmentId}/cancel', {
      params: { path: { appointmentId } },
      body: reason ? { reason } : {},
    }),
  );
}
/** POST /api/citizen/agenda/appointments/:id/reschedule (atomic: the old seat is freed only if the new one is taken) */
export function rescheduleMyAppointment(appointmentId: string, slotId: string, channel?: AppointmentChannel): Promise<AppointmentResponse> {
  return call(() =>
    apiClient().POST('/api/citizen/agenda/appointments/{appointmentId}/reschedule', {
      params: { path: { appointmentId } },
      body: channel ? { slotId, channel } : { slotId },
    }),
  );
}
/** URL of the .ics file of one of my appointments (a plain link: the browser downloads it with the session cookie) */
export function appointmentIcsUrl(appointmentId: string): string {
  return apiUrl('/api/citizen/agenda/appointments/{appointmentId}/ics', { appointmentId });
}
/** GET /api/citizen/agenda/appointments/:id/ics: the iCalendar file, fetched (for a share sheet or a test) */
export function getAppointmentIcs(appointmentId: string, signal?: AbortSignal): Promise<Blob> {
  return call(() => apiClient().GET('/api/citizen/agenda/appointments/{appointmentId}/ics', { params: { path: { appointmentId } }, parseAs: 'blob', signal }));
}
/** GET /api/citizen/agenda/convocations */
export function getMyConvocations(signal?: AbortSignal): Promise<ConvocationListResponse> {
  return call(() => apiClient().GET('/api/citizen/agenda/convocations', { signal }));
}
/** POST /api/citizen/agenda/convocations/:id/acknowledge: "I have read it" (kept as proof) */
export function acknowledgeConvocation(convocationId: string): Promise<ConvocationResponse> {
  return call(() => apiClient().POST('/api/citizen/agenda/convocations/{convocationId}/acknowledge', { params: { path: { convocationId } } }));
}

// ---- invitation link (no login) ----

/** GET /api/public/invitations/:token: what the invitation offers (service, office, free slots) */
export function getInvitation(token: string, signal?: AbortSignal): Promise<PublicInvitationResponse> {
  return call(() => apiClient().GET('/api/public/invitations/{token}', { params: { path: { token } }, signal }));
}
/** POST /api/public/invitations/:token/appointment: book one of the offered slots */
export function bookInvitation(token: string, body: { slotId: string; channel: AppointmentChannel }): Promise<PublicInvitationResponse> {
  return call(() => apiClient().POST('/api/public/invitations/{token}/appointment', { params: { path: { token } }, body }));
}

// ---- "are you coming?" link (no login) ----

/** GET /api/public/appointments/:appointmentId/recall/:signature */
export function getRecall(appointmentId: string, signature: string, signal?: AbortSignal): Promise<PublicRecallResponse> {
  return call(() => apiClient().GET('/api/public/appointments/{appointmentId}/recall/{signature}', { params: { path: { appointmentId, signature } }, signal }));
}
/** POST /api/public/appointments/:appointmentId/recall/:signature: "coming" or "not_coming" (frees the seat) */
export function answerRecall(appointmentId: string, signature: string, answer: RecallAnswer): Promise<PublicRecallResponse> {
  return call(() =>
    apiClient().POST('/api/public/appointments/{appointmentId}/recall/{signature}', {
      params: { path: { appointmentId, signature } },
      body: { answer },
    }),
  );
}

// ---- operator ----

/** GET /api/operator/agenda/service-types; with an office, each service's next free time there (`nextFreeAt`) */
export function getOperatorServiceTypes(signal?: AbortSignal, officeId?: string): Promise<ServiceTypeListResponse> {
  return call(() => apiClient().GET('/api/operator/agenda/service-types', { params: { query: officeId ? { officeId } : {} }, signal }));
}
/** GET /api/operator/agenda/slots: free slots (to convoke someone) */
export function getOperatorSlots(params: SlotSearchParams, signal?: AbortSignal): Promise<SlotListResponse> {
  return call(() => apiClient().GET('/api/operator/agenda/slots', { params: { query: slotQuery(params) }, signal }));
}
/** POST /api/operator/agenda/availability-rules: a weekly availability, its slots published for the horizon */
export function createAvailabilityRule(body: CreateAvailabilityRuleBody): Promise<AvailabilityRuleResponse> {
  return call(() => apiClient().POST('/api/operator/agenda/availability-rules', { body }));
}
/** POST /api/operator/agenda/exceptions: an absence (or, managers, an office closure); answers the appointments it affects */
export function createAvailabilityException(body: CreateAvailabilityExceptionBody): Promise<AvailabilityExceptionResponse> {
  return call(() => apiClient().POST('/api/operator/agenda/exceptions', { body }));
}
export interface CalendarParams {
  officeId: string;
  from: string;
  days?: number;
  operatorId?: string;
  channel?: AppointmentChannel;
}
/** GET /api/operator/agenda/calendar: day (days=1) or week (days=7), in person and remote together */
export function getCalendar(params: CalendarParams, signal?: AbortSignal): Promise<CalendarResponse> {
  return call(() => apiClient().GET('/api/operator/agenda/calendar', { params: { query: { ...params } }, signal }));
}
/** POST /api/operator/agenda/appointments/:id/attendance */
export function recordAttendance(appointmentId: string, outcome: AttendanceOutcome, note?: string): Promise<AppointmentResponse> {
  return call(() =>
    apiClient().POST('/api/operator/agenda/appointments/{appointmentId}/attendance', {
      params: { path: { appointmentId } },
      body: note ? { outcome, note } : { outcome },
    }),
  );
}
/** POST /api/operator/agenda/appointments/:id/cancel (reason required) */
export function cancelAppointmentAsOperator(appointmentId: string, reason: string): Promise<AppointmentResponse> {
  return call(() => apiClient().POST('/api/operator/agenda/appointments/{appointmentId}/cancel', { params: { path: { appointmentId } }, body: { reason } }));
}
/** POST /api/operator/agenda/appointments/:id/move: to another free slot of the same office (atomic) */
export function moveAppointment(appointmentId: string, slotId: string): Promise<AppointmentResponse> {
  return call(() => apiClient().POST('/api/operator/agenda/appointments/{appointmentId}/move', { params: { path: { appointmentId } }, body: { slotId } }));
}
/** POST /api/operator/agenda/invitations: invite people to pick a slot within N days */
export function createInvitations(body: CreateInvitationsBody): Promise<InvitationListResponse> {
  return call(() => apiClient().POST('/api/operator/agenda/invitations', { body }));
}
/** GET /api/operator/agenda/invitations?officeId= */
export function getInvitations(officeId: string, signal?: AbortSignal): Promise<InvitationListResponse> {
  return call(() => apiClient().GET('/api/operator/agenda/invitations', { params: { query: { officeId } }, signal }));
}
/** POST /api/operator/agenda/convocations (also escalates an invitation when invitationId is given) */
export function createConvocation(body: CreateConvocationBody): Promise<ConvocationResponse> {
  return call(() => apiClient().POST('/api/operator/agenda/convocations', { body }));
}
/** GET /api/operator/agenda/convocations?officeId= */
export function getConvocations(officeId: string, signal?: AbortSignal): Promise<ConvocationListResponse> {
  return call(() => apiClient().GET('/api/operator/agenda/convocations', { params: { query: { officeId } }, signal }));
}
/** GET /api/operator/agenda/convocations/:id (with each delivery attempt) */
export function getConvocation(convocationId: string, signal?: AbortSignal): Promise<ConvocationResponse> {
  return call(() => apiClient().GET('/api/operator/agenda/convocations/{convocationId}', { params: { path: { convocationId } }, signal }));
}
