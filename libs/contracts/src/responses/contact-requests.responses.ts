import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CONTACT_REQUEST_CHANNELS, CONTACT_REQUEST_STATUSES, type ContactRequestChannel, type ContactRequestStatus } from '../dto/contact-requests.dto';
import { MatchExplanationResponse } from './matching.responses';

/** A contact request as the company sees it: the person's name and contacts only once they accepted. */
export class ContactRequestResponse {
  @IsString() id!: string;
  @IsString() vacancyId!: string;
  @IsString() vacancyTitle!: string;
  @IsIn(CONTACT_REQUEST_CHANNELS) channel!: ContactRequestChannel;
  @IsIn(CONTACT_REQUEST_STATUSES) status!: ContactRequestStatus;
  @IsOptional() @IsString() message?: string;
  /** RFC 3339 */
  @IsString() createdAt!: string;
  @IsOptional() @IsString() answeredAt?: string;
  @IsOptional() @IsString() displayName?: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() mobilePhone?: string;
}
export class ContactRequestListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ContactRequestResponse) items!: ContactRequestResponse[];
}

/** An available candidate in the company's search: anonymous, with the same explanation as the operator's preselection. */
export class CompanyCandidateResponse {
  /** opaque, stable for this vacancy and person; used to ask for contact */
  @IsString() candidateKey!: string;
  /** 1-based rank: the SPA words "Candidato 1" */
  @IsInt() candidateNumber!: number;
  @IsNumber() score!: number;
  @ValidateNested() @Type(() => MatchExplanationResponse) explanation!: MatchExplanationResponse;
  @IsOptional() @ValidateNested() @Type(() => ContactRequestResponse) contactRequest?: ContactRequestResponse;
}
export class CompanyCandidateListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CompanyCandidateResponse) items!: CompanyCandidateResponse[];
}

/** A contact request as the person (or the CPI that forwards it) sees it. */
export class ReceivedContactRequestResponse {
  @IsString() id!: string;
  @IsString() companyName!: string;
  @IsString() vacancyId!: string;
  @IsString() vacancyTitle!: string;
  @IsIn(CONTACT_REQUEST_CHANNELS) channel!: ContactRequestChannel;
  @IsIn(CONTACT_REQUEST_STATUSES) status!: ContactRequestStatus;
  @IsOptional() @IsString() message?: string;
  @IsString() createdAt!: string;
  @IsOptional() @IsString() answeredAt?: string;
  /** operator side only: who is asked */
  @IsOptional() @IsString() citizenId?: string;
  @IsOptional() @IsString() citizenName?: string;
}
export class ReceivedContactRequestListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ReceivedContactRequestResponse) items!: ReceivedContactRequestResponse[];
}
