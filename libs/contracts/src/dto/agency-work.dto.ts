import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../validation/date.validator';
import { ToInt } from '../validation/int32.validator';
import { IsPartitaIva } from '../validation/partita-iva.validator';

/** assigned (waiting for presa in carico) → in_charge → ended (an outcome, or ended with a reason). */
export const ASSIGNMENT_STATES = ['assigned', 'in_charge', 'ended'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];
/** Where an assignment comes from: a signed patto naming the agency, or a CPI operator (GOL pathway). */
export const ASSIGNMENT_SOURCES = ['patto', 'operator'] as const;
export type AssignmentSource = (typeof ASSIGNMENT_SOURCES)[number];
/** Why an assignment ends without a hire. */
export const ASSIGNMENT_END_REASONS = ['withdrawn', 'unreachable', 'moved_away', 'pathway_completed', 'reassigned', 'other'] as const;
export type AssignmentEndReason = (typeof ASSIGNMENT_END_REASONS)[number];
/** Contract types of a hire (as SAP / Comunicazioni Obbligatorie group them). */
export const HIRE_CONTRACT_TYPES = ['permanent', 'fixed_term', 'apprenticeship', 'temporary_agency', 'self_employed', 'other'] as const;
export type HireContractType = (typeof HIRE_CONTRACT_TYPES)[number];
/** The events an agency may subscribe to. */
export const WEBHOOK_EVENT_TYPES = ['person.assigned', 'patto.signed', 'appointment.booked', 'appointment.missed', 'assignment.ended'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export class AssignmentIdParam {
  @IsUUID('4') assignmentId!: string;
}
export class DeliveredServiceParam {
  @IsUUID('4') assignmentId!: string;
  @IsUUID('4') serviceId!: string;
}
export class WebhookSubscriptionIdParam {
  @IsUUID('4') subscriptionId!: string;
}
export class WebhookDeliveryIdParam {
  @IsUUID('4') webhookDeliveryId!: string;
}

/** GET /api/agency/v1/assignments */
export class ListAssignmentsQuery {
  @IsOptional() @IsIn(ASSIGNMENT_STATES) status?: AssignmentState;
  /** opaque, from the previous page's `next` */
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(100) limit?: number;
}

/** POST /api/agency/v1/assignments/:assignmentId/take-in-charge (If-Match) */
export class TakeInChargeBody {
  /** the day of the presa in carico (Europe/Rome), not in the future, not before the assignment */
  @IsIsoDate() takenInChargeOn!: string;
}

/** POST /api/agency/v1/assignments/:assignmentId/end (If-Match) */
export class EndAssignmentBody {
  @IsIn(ASSIGNMENT_END_REASONS) reason!: AssignmentEndReason;
  @IsOptional() @IsString() @Length(1, 500) note?: string;
}

/** POST /api/agency/v1/assignments/:assignmentId/services: a service delivered, with a UCS code (GET …/service-codes). */
export class RecordServiceBody {
  @IsString() @Matches(/^[A-Z0-9][A-Z0-9_.-]{1,39}$/) code!: string;
  @IsIsoDate() deliveredOn!: string;
  /** minutes (1 minute to 200 hours) */
  @ToInt() @IsInt() @Min(1) @Max(12000) durationMinutes!: number;
  @IsOptional() @IsString() @Length(1, 2000) notes?: string;
}

/** POST /api/agency/v1/assignments/:assignmentId/outcome (If-Match): hired, or the pathway closed with a reason. Ends the assignment. */
export class RecordAssignmentOutcomeBody {
  @IsIn(['hired', 'closed']) kind!: 'hired' | 'closed';
  @ValidateIf((o: RecordAssignmentOutcomeBody) => o.kind === 'hired') @IsIn(HIRE_CONTRACT_TYPES) contractType?: HireContractType;
  @ValidateIf((o: RecordAssignmentOutcomeBody) => o.kind === 'hired') @IsIsoDate() startDate?: string;
  @ValidateIf((o: RecordAssignmentOutcomeBody) => o.kind === 'hired') @IsString() @IsPartitaIva() employerVatNumber?: string;
  @ValidateIf((o: RecordAssignmentOutcomeBody) => o.kind === 'hired') @IsString() @Length(1, 200) employerName?: string;
  @ValidateIf((o: RecordAssignmentOutcomeBody) => o.kind === 'closed') @IsIn(ASSIGNMENT_END_REASONS) reason?: AssignmentEndReason;
  @IsOptional() @IsString() @Length(1, 500) note?: string;
}

/** POST /api/operator/agencies/assignments: a CPI operator assigns a person to an agency (GOL pathway). */
export class CreateAssignmentBody {
  @IsUUID('4') citizenId!: string;
  @IsUUID('4') agencyId!: string;
  @IsIn(['gol']) pathway!: 'gol';
}

/** POST /api/agency/v1/webhooks/subscriptions: the secret (`whsec_…`) is shown once, in the answer. */
export class CreateWebhookSubscriptionBody {
  /** http(s) only; the agency's receiver */
  @IsString() @MaxLength(500) @Matches(/^https?:\/\/[^\s/?#]+[^\s]*$/) url!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length) @ArrayUnique() @IsIn(WEBHOOK_EVENT_TYPES, { each: true }) eventTypes!: WebhookEventType[];
}

/** GET /api/agency/v1/webhooks/deliveries */
export class ListWebhookDeliveriesQuery {
  @IsOptional() @IsUUID('4') subscriptionId?: string;
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @IsOptional() @ToInt() @IsInt() @Min(1) @Max(100) limit?: number;
}
