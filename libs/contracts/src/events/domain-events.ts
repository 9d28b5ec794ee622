/**
 * Domain events: the payload of every event a module publishes into the platform outbox, one versioned type
 * each. A consumer reads `version` and handles every version it declares; a producer changing a payload in a
 * way an existing consumer cannot read adds a new version (a new interface) instead of editing the old one.
 */

/** `attendance.recorded` v1 (agenda): an operator recorded how a booked appointment went. */
export interface AttendanceRecordedV1 {
  appointmentId: string;
  convocationId: string | null;
  citizenFiscalCode: string;
  officeId: string;
  /** RFC 3339 instant */
  startsAt: string;
  outcome: 'attended' | 'absent' | 'absent_justified' | 'late_cancelled';
  note: string | null;
  recordedBy: string;
}

/** `convocation.issued` v1 (agenda): the office convoked a person to an appointment. */
export interface ConvocationIssuedV1 {
  convocationId: string;
  appointmentId: string;
  citizenFiscalCode: string;
  officeId: string;
  startsAt: string;
  channel: string;
  legalBasis: string;
  textSha256: string;
  invitationId: string | null;
  issuedBy: string;
}

/** `convocation.acknowledged` v1 (agenda): the person acknowledged the convocation. */
export interface ConvocationAcknowledgedV1 {
  convocationId: string;
  citizenFiscalCode: string;
  ip: string | null;
  userAgent: string | null;
}

/** `offer.refused` v1 (matching): a benefit recipient refused a congruous offer without a justified reason. */
export interface OfferRefusedV1 {
  refusalId: string;
  citizenId: string;
  fiscalCode: string;
  vacancyId: string;
  applicationId: string;
  /** the benefit the person declared in the DID when refusing, if any */
  benefit: string | null;
  rulesVersion: string;
  checks: unknown;
}

/** `patto.signature-overdue` v1 (patto): a patto was not signed by its due date. */
export interface PattoSignatureOverdueV1 {
  pattoId: string;
  citizenFiscalCode: string;
  officeId: string;
  /** YYYY-MM-DD, Europe/Rome */
  dueDate: string;
}

/** `plan.action-missed` v1 (patto): an action of the person's plan passed its due date without being done. */
export interface PlanActionMissedV1 {
  planItemId: string;
  pattoId: string;
  citizenFiscalCode: string;
  officeId: string;
  /** the kind of action (e.g. training, orientation, job search) as the plan item records it */
  kind: string;
  dueDate: string;
}

/** `measure.decided` v1 (condizionalita): a conditionality measure was decided (and, when four eyes apply, confirmed); to be sent to INPS (and SIISL for ADI/SFL). */
export interface MeasureDecidedV1 {
  measureId: string;
  caseId: string;
  citizenFiscalCode: string;
  /** NASPI | DISCOLL | ADI | SFL */
  benefit: string;
  /** the benefit's identifier at INPS */
  benefitId: string;
  /** e.g. cut_quarter_month | cut_month | loss (the ladder step applied) */
  sanction: string;
  ruleCode: string;
  ruleVersion: string;
  legalSource: string;
  /** YYYY-MM-DD, Europe/Rome */
  decidedOn: string;
  /** set when this measure reverses an earlier one (appeal upheld) */
  reversalOf: string | null;
}

/** `patto.signed` v1 (patto): every required party signed a version of a patto, which is now in force. */
export interface PattoSignedV1 {
  pattoId: string;
  version: number;
  citizenId: string;
  citizenFiscalCode: string;
  officeId: string;
  /** the accredited agency the patto names as a party, if any */
  agencyId: string | null;
  /** RFC 3339 instant */
  signedAt: string;
}

/** `person.assigned` v1 (agencies): a person was assigned to an accredited agency (from a signed patto or by a CPI operator). */
export interface PersonAssignedV1 {
  assignmentId: string;
  agencyId: string;
  citizenId: string;
  citizenFiscalCode: string;
  /** patto | operator */
  source: string;
  pattoId: string | null;
  /** YYYY-MM-DD, Europe/Rome */
  assignedOn: string;
}

/** `assignment.ended` v1 (agencies): an agency's assignment ended (outcome recorded, or ended with a reason). */
export interface AssignmentEndedV1 {
  assignmentId: string;
  agencyId: string;
  citizenId: string;
  citizenFiscalCode: string;
  /** hired | closed | ended */
  outcome: string;
  reason: string | null;
  /** YYYY-MM-DD, Europe/Rome */
  endedOn: string;
}

/** `appointment.booked` v1 (agenda): a seat was booked for a person (by them, an operator, an invitation, a convocation or a delegate). */
export interface AppointmentBookedV1 {
  appointmentId: string;
  citizenFiscalCode: string;
  officeId: string;
  serviceCode: string;
  /** RFC 3339 instant */
  startsAt: string;
  channel: string;
  source: 'citizen' | 'invitation' | 'operator' | 'convocation';
}

/** `agency.service-delivered` v1 (agencies): an accredited agency recorded a service it delivered to a person it has in charge. */
export interface AgencyServiceDeliveredV1 {
  serviceId: string;
  assignmentId: string;
  agencyId: string;
  agencyName: string;
  citizenId: string;
  citizenFiscalCode: string;
  /** standard service code, e.g. GOL-ORIENT-BASE */
  code: string;
  /** YYYY-MM-DD */
  deliveredOn: string;
  durationMinutes: number | null;
}

/** `certificate.issued` v1 (certificazioni): a sealed certificate was issued (self-service or at the desk). */
export interface CertificateIssuedV1 {
  certificateId: string;
  citizenId: string;
  citizenFiscalCode: string;
  /** the person's office when issued */
  officeId: string | null;
  /** status_attestation | status_history | sap_extract | patto_copy */
  kind: string;
  /** citizen (self-service) | operator (at the desk) */
  issuedVia: 'citizen' | 'operator';
  /** RFC 3339 instant */
  issuedAt: string;
}

/** `vacancy.closed` v1 (matching): a published vacancy of a company was closed (by the company or by the office). */
export interface VacancyClosedV1 {
  vacancyId: string;
  companyId: string;
  /** the CPI office handling the vacancy, if any */
  officeId: string | null;
  title: string;
  /** employer: a member of the company closed it; operator: the office did */
  closedBy: 'employer' | 'operator';
  closedByFiscalCode: string;
  /** RFC 3339 instant */
  closedAt: string;
}

/** Event type → payload of its current version. Add a row (and its version below) for every new event. */
export interface DomainEventPayloads {
  'attendance.recorded': AttendanceRecordedV1;
  'appointment.booked': AppointmentBookedV1;
  'agency.service-delivered': AgencyServiceDeliveredV1;
  'convocation.issued': ConvocationIssuedV1;
  'convocation.acknowledged': ConvocationAcknowledgedV1;
  'offer.refused': OfferRefusedV1;
  'patto.signature-overdue': PattoSignatureOverdueV1;
  'plan.action-missed': PlanActionMissedV1;
  'measure.decided': MeasureDecidedV1;
  'patto.signed': PattoSignedV1;
  'person.assigned': PersonAssignedV1;
  'assignment.ended': AssignmentEndedV1;
  'certificate.issued': CertificateIssuedV1;
  'vacancy.closed': VacancyClosedV1;
}

export type DomainEventType = keyof DomainEventPayloads;

/** The version a producer writes today for each event type. */
export const DOMAIN_EVENT_VERSIONS: { readonly [K in DomainEventType]: number } = {
  'attendance.recorded': 1,
  'appointment.booked': 1,
  'agency.service-delivered': 1,
  'convocation.issued': 1,
  'convocation.acknowledged': 1,
  'offer.refused': 1,
  'patto.signature-overdue': 1,
  'plan.action-missed': 1,
  'measure.decided': 1,
  'patto.signed': 1,
  'person.assigned': 1,
  'assignment.ended': 1,
  'certificate.issued': 1,
  'vacancy.closed': 1,
};
