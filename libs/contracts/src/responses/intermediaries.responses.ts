import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { DELEGATION_SCOPES, INTERMEDIARY_KINDS } from '../dto/intermediaries.dto';

export const DELEGATION_STATES = ['active', 'pending', 'rejected', 'expired', 'revoked'] as const;
export type DelegationState = (typeof DELEGATION_STATES)[number];

export class IntermediaryOperatorResponse {
  @IsString() id!: string;
  @IsString() fiscalCode!: string;
  @IsString() givenName!: string;
  @IsString() familyName!: string;
}
export class OrganisationResponse {
  @IsString() id!: string;
  @IsString() name!: string;
  @IsIn(INTERMEDIARY_KINDS) kind!: string;
  @IsString() fiscalCode!: string;
  /** region operators (region admins see them; citizens get an empty list) */
  @IsArray() @ValidateNested({ each: true }) @Type(() => IntermediaryOperatorResponse) operators!: IntermediaryOperatorResponse[];
}
export class OrganisationListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => OrganisationResponse) items!: OrganisationResponse[];
}
export class DelegationResponse {
  @IsString() id!: string;
  @IsString() organisationId!: string;
  @IsString() organisationName!: string;
  @IsIn(INTERMEDIARY_KINDS) organisationKind!: string;
  @IsString() citizenId!: string;
  /** the person's name (shown to the intermediary; the person sees their own) */
  @IsString() citizenName!: string;
  @IsArray() @IsIn(DELEGATION_SCOPES, { each: true }) scopes!: string[];
  /** first day, `YYYY-MM-DD` (Europe/Rome) */
  @IsString() validFrom!: string;
  /** last day included, `YYYY-MM-DD` (Europe/Rome) */
  @IsString() validUntil!: string;
  @IsString() grantedAt!: string;
  @IsOptional() @IsString() revokedAt?: string;
  @IsIn(DELEGATION_STATES) state!: string;
  /** granted online by the person, or uploaded signed by the intermediary and checked by the CPI */
  @IsIn(['online', 'signed_document']) source!: string;
  /** the signed delegation in the person's dossier (uploaded ones) */
  @IsOptional() @IsString() documentId?: string;
  @IsOptional() @IsString() rejectionReason?: string;
}
export class DelegationListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => DelegationResponse) items!: DelegationResponse[];
}
/** Something an intermediary did for a person ("done by X for Y"). */
export class DelegatedActionResponse {
  @IsString() id!: string;
  @IsString() at!: string;
  /** code, rendered by the SPA: `did.filed`, `appointment.booked`, `appointment.moved`, `document.uploaded` */
  @IsString() action!: string;
  /** the record it made (appointment, DID, document id) */
  @IsOptional() @IsString() refId?: string;
  @IsString() organisationName!: string;
  @IsString() delegateName!: string;
}
export class DelegatedActionListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => DelegatedActionResponse) items!: DelegatedActionResponse[];
}
/** The person an intermediary acts for, as far as the delegation shows them. */
export class DelegatedPersonResponse {
  @IsString() citizenId!: string;
  @IsString() givenName!: string;
  @IsString() familyName!: string;
  /** the person's CPI (where appointments are booked) */
  @IsOptional() @IsString() officeId?: string;
  @ValidateNested() @Type(() => DelegationResponse) delegation!: DelegationResponse;
}
