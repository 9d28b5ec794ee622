import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { IsFiscalCode } from '../fiscal-code.validator';
import { IsIsoDate, IsNotPastDate } from '../validation/date.validator';

/** Who an intermediary is: a patronato, a CAF (centro di assistenza fiscale) or a municipality's desk. */
export const INTERMEDIARY_KINDS = ['patronato', 'caf', 'comune'] as const;
export type IntermediaryKind = (typeof INTERMEDIARY_KINDS)[number];
/** What a delegation lets the intermediary do for the person (never signing a patto). */
export const DELEGATION_SCOPES = ['did', 'appointments', 'documents'] as const;
export type DelegationScope = (typeof DELEGATION_SCOPES)[number];
/** A delegation lasts at most this many days (then the person grants it again). */
export const DELEGATION_MAX_DAYS = 366;

/** POST /api/operator/intermediaries/organisations (region admin) */
export class RegisterOrganisationBody {
  @IsString() @Length(2, 200) name!: string;
  @IsIn(INTERMEDIARY_KINDS) kind!: IntermediaryKind;
  /** the organisation's codice fiscale (11 digits) */
  @IsString() @Matches(/^\d{11}$/, { message: 'fiscalCode must be 11 digits' }) fiscalCode!: string;
}
/** POST /api/operator/intermediaries/organisations/:organisationId/operators (region admin) */
export class AddIntermediaryOperatorBody {
  @IsFiscalCode() fiscalCode!: string;
  @IsString() @Length(1, 100) givenName!: string;
  @IsString() @Length(1, 100) familyName!: string;
}
/** POST /api/citizen/intermediaries/delegations: the person grants an organisation a delegation online. */
export class GrantDelegationBody {
  @IsUUID('4') organisationId!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(DELEGATION_SCOPES.length) @ArrayUnique() @IsIn(DELEGATION_SCOPES, { each: true }) scopes!: DelegationScope[];
  /** last day included (Europe/Rome), at most DELEGATION_MAX_DAYS from today */
  @IsIsoDate() @IsNotPastDate() validUntil!: string;
}
export class OrganisationIdParam {
  @IsUUID('4') organisationId!: string;
}
export class DelegationIdParam {
  @IsUUID('4') delegationId!: string;
}
/** /api/intermediary/people/:citizenId/appointments/:appointmentId/... */
export class PersonAppointmentParam {
  @IsUUID('4') citizenId!: string;
  @IsUUID('4') appointmentId!: string;
}
/**
 * POST /api/intermediary/delegations (multipart, with `file`: the delegation signed by the person, PDF): the intermediary
 * uploads it for a CPI operator to check. `scopes` is a comma-separated list (a multipart field), e.g. `appointments,documents`.
 */
export class UploadDelegationBody {
  @IsFiscalCode() fiscalCode!: string;
  @IsString()
  @Matches(/^(did|appointments|documents)(,(did|appointments|documents)){0,2}$/, { message: 'scopes must be a comma-separated list of did, appointments, documents' })
  scopes!: string;
  @IsIsoDate() @IsNotPastDate() validUntil!: string;
}
export const DELEGATION_DECISIONS = ['approve', 'reject'] as const;
export type DelegationDecision = (typeof DELEGATION_DECISIONS)[number];
/** POST /api/operator/intermediaries/delegations/:delegationId/review: a CPI operator checks an uploaded delegation. */
export class ReviewDelegationBody {
  @IsIn(DELEGATION_DECISIONS) decision!: DelegationDecision;
  /** required to reject: what is wrong (shown to the intermediary) */
  @ValidateIf((o: ReviewDelegationBody) => o.decision === 'reject') @IsString() @Length(3, 500) reason?: string;
}
