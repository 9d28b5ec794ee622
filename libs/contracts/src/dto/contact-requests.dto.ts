import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

/** `cpi`: the company's CPI reads the request and forwards it to the person; `direct`: the person is asked straight away. */
export const CONTACT_REQUEST_CHANNELS = ['cpi', 'direct'] as const;
export type ContactRequestChannel = (typeof CONTACT_REQUEST_CHANNELS)[number];
/** awaiting_cpi (cpi channel, not forwarded yet) → pending (the person is asked) → accepted | declined */
export const CONTACT_REQUEST_STATUSES = ['awaiting_cpi', 'pending', 'accepted', 'declined'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/** POST /api/employer/matching/vacancies/:vacancyId/contact-requests */
export class CreateContactRequestBody {
  /** the anonymous key of a candidate from the company's candidate search for this vacancy */
  @IsString() @Matches(/^[A-Za-z0-9_-]{16,64}$/, { message: 'candidateKey must come from the candidate search' }) candidateKey!: string;
  @IsIn(CONTACT_REQUEST_CHANNELS) channel!: ContactRequestChannel;
  @IsOptional() @IsString() @Length(1, 1000) message?: string;
}

/** POST /api/citizen/matching/contact-requests/:requestId/answer */
export class AnswerContactRequestBody {
  @IsBoolean() accept!: boolean;
}

export class ContactRequestIdParam {
  @IsUUID('4') requestId!: string;
}
