import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { MatchExplanationResponse } from './matching.responses';

const STATES = ['assigned', 'in_charge', 'ended'];
const SOURCES = ['patto', 'operator'];

/**
 * The person as an agency sees them: always the minimal identity needed to work the assignment (id, initials);
 * name, fiscal code and contacts only while the person's consent (part `registry`) lets the agency see them.
 */
export class AgencyPersonResponse {
  @IsString() citizenId!: string;
  /** false: only the minimal identity below */
  @IsBoolean() consented!: boolean;
  @IsString() initials!: string;
  @IsOptional() @IsString() fiscalCode?: string;
  @IsOptional() @IsString() givenName?: string;
  @IsOptional() @IsString() familyName?: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() mobilePhone?: string;
}

export class AgencyOutcomeResponse {
  @IsIn(['hired', 'closed']) kind!: string;
  @IsOptional() @IsString() contractType?: string;
  /** YYYY-MM-DD */
  @IsOptional() @IsString() startDate?: string;
  @IsOptional() @IsString() employerVatNumber?: string;
  @IsOptional() @IsString() employerName?: string;
  @IsOptional() @IsString() reason?: string;
  @IsOptional() @IsString() note?: string;
  /** RFC 3339, UTC */
  @IsString() recordedAt!: string;
}

export class AssignmentResponse {
  @IsString() id!: string;
  @IsString() agencyId!: string;
  @IsOptional() @IsString() agencyName?: string;
  @IsIn(STATES) status!: string;
  @IsIn(SOURCES) source!: string;
  @IsOptional() @IsString() pattoId?: string;
  @IsOptional() @IsString() pathway?: string;
  /** YYYY-MM-DD (Europe/Rome) */
  @IsString() assignedOn!: string;
  @IsOptional() @IsString() takenInChargeOn?: string;
  @IsOptional() @IsString() endedOn?: string;
  @IsOptional() @IsString() endReason?: string;
  @IsOptional() @ValidateNested() @Type(() => AgencyOutcomeResponse) outcome?: AgencyOutcomeResponse;
  /** the version the ETag is made of; changes with every update */
  @IsInt() version!: number;
  @ValidateNested() @Type(() => AgencyPersonResponse) person!: AgencyPersonResponse;
  /** RFC 3339, UTC */
  @IsString() updatedAt!: string;
}

export class AssignmentListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => AssignmentResponse) items!: AssignmentResponse[];
  /** the cursor of the next page, absent on the last one */
  @IsOptional() @IsString() next?: string;
}

/** A UCS service code: data, with its source; `verified` false where the value is not from an official table. */
export class ServiceCodeResponse {
  @IsString() code!: string;
  /** i18n key of the service's name */
  @IsString() labelKey!: string;
  /** hour | service | outcome */
  @IsString() unit!: string;
  /** euro cents per unit; absent where no official value was retrieved */
  @IsOptional() @IsInt() unitCostCents?: number;
  @IsOptional() @IsInt() maxDurationMinutes?: number;
  @IsString() source!: string;
  @IsBoolean() verified!: boolean;
}

export class ServiceCodeListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ServiceCodeResponse) items!: ServiceCodeResponse[];
}

export class DeliveredServiceResponse {
  @IsString() id!: string;
  @IsString() assignmentId!: string;
  @IsString() agencyId!: string;
  @IsOptional() @IsString() agencyName?: string;
  @IsString() code!: string;
  @IsString() labelKey!: string;
  /** YYYY-MM-DD */
  @IsString() deliveredOn!: string;
  @IsInt() durationMinutes!: number;
  @IsOptional() @IsString() notes?: string;
  @IsOptional() @IsString() evidenceDocumentId?: string;
  /** RFC 3339, UTC */
  @IsString() recordedAt!: string;
}

export class DeliveredServiceListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => DeliveredServiceResponse) items!: DeliveredServiceResponse[];
}

/**
 * SAP section 6 (interventi di politiche attive): one row per delivered service, with the promoting entity (the
 * agency's accreditation code), the policy (service code), the presa-in-carico id (the assignment) and its date.
 */
export class SapSection6RowResponse {
  @IsString() promotingEntityCode!: string;
  @IsString() policyCode!: string;
  @IsString() presaInCaricoId!: string;
  @IsOptional() @IsString() presaInCaricoOn?: string;
  @IsString() startDate!: string;
  @IsInt() durationMinutes!: number;
  /** the last event of the assignment: assigned | in_charge | hired | closed | ended */
  @IsString() lastEvent!: string;
}

/** An accredited agency a CPI may assign the person to (the person's region, accreditation in force). */
export class AssignableAgencyResponse {
  @IsString() id!: string;
  @IsString() name!: string;
  @IsString() accreditationCode!: string;
}

/** The person's pathway with agencies, as the CPI operator sees it. */
export class AgencyPathwayResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => AssignmentResponse) assignments!: AssignmentResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DeliveredServiceResponse) services!: DeliveredServiceResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => SapSection6RowResponse) sapSection6!: SapSection6RowResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => AssignableAgencyResponse) assignableAgencies!: AssignableAgencyResponse[];
}

export class WebhookSubscriptionResponse {
  @IsString() id!: string;
  @IsString() url!: string;
  @IsArray() @IsString({ each: true }) eventTypes!: string[];
  @IsBoolean() active!: boolean;
  /** `whsec_…`: only in the answer that created the subscription */
  @IsOptional() @IsString() secret?: string;
  @IsString() createdAt!: string;
}

export class WebhookSubscriptionListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => WebhookSubscriptionResponse) items!: WebhookSubscriptionResponse[];
}

export class WebhookAttemptResponse {
  @IsInt() attempt!: number;
  @IsString() at!: string;
  /** HTTP status of the receiver's answer; absent when it did not answer */
  @IsOptional() @IsInt() responseStatus?: number;
  @IsInt() durationMs!: number;
  @IsIn(['succeeded', 'failed']) result!: string;
  @IsOptional() @IsString() error?: string;
}

export class WebhookDeliveryResponse {
  /** the `webhook-id` header: the same for every attempt and replay of one message */
  @IsString() id!: string;
  @IsString() messageId!: string;
  @IsString() subscriptionId!: string;
  @IsString() eventType!: string;
  @IsIn(['pending', 'succeeded', 'failed']) status!: string;
  @IsInt() attempts!: number;
  @IsOptional() @IsString() replayOf?: string;
  @IsString() createdAt!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => WebhookAttemptResponse) attemptLog!: WebhookAttemptResponse[];
}

export class WebhookDeliveryListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => WebhookDeliveryResponse) items!: WebhookDeliveryResponse[];
  @IsOptional() @IsString() next?: string;
}

/**
 * A ranked candidate for an agency's vacancy: only people whose matching profile lets CPIs and agencies see it and who
 * consented (part `profile`) to this agency; identity only with consent for part `registry` too.
 */
export class AgencyCandidateResponse {
  @IsString() citizenId!: string;
  @IsNumber() score!: number;
  @ValidateNested() @Type(() => MatchExplanationResponse) explanation!: MatchExplanationResponse;
  @ValidateNested() @Type(() => AgencyPersonResponse) person!: AgencyPersonResponse;
}

export class AgencyCandidateListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => AgencyCandidateResponse) items!: AgencyCandidateResponse[];
}

/** The region's read-only view of an agency's webhooks: subscriptions (never the secret) and the latest deliveries with their attempts. */
export class AgencyWebhooksOverviewResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => WebhookSubscriptionResponse) subscriptions!: WebhookSubscriptionResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => WebhookDeliveryResponse) deliveries!: WebhookDeliveryResponse[];
}
