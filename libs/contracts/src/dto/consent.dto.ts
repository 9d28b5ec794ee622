import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsIsoDate } from '../validation/date.validator';

/** The parts of a person's dossier that an agency may be allowed to see (one grant per part). */
export const CONSENT_PARTS = ['registry', 'did', 'profile', 'patto', 'plan', 'appointments', 'documents'] as const;
export type ConsentPart = (typeof CONSENT_PARTS)[number];
/** Why the agency may see them. `other` wants a few words in `purposeText`. */
export const CONSENT_PURPOSES = ['job_placement', 'gol_pathway', 'guidance', 'training', 'other'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
/** Where the grant was given: in the citizen's reserved area, or when signing a patto that names the agency. */
export const CONSENT_SOURCES = ['citizen', 'patto'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];
/** A grant lasts at most this many days (then the person grants again). */
export const CONSENT_MAX_DAYS = 730;

/** POST /api/citizen/consent/grants: one grant per part, all or none. */
export class GrantConsentBody {
  @IsUUID('4') agencyId!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(CONSENT_PARTS.length) @ArrayUnique() @IsIn(CONSENT_PARTS, { each: true }) parts!: ConsentPart[];
  @IsIn(CONSENT_PURPOSES) purpose!: ConsentPurpose;
  @IsOptional() @IsString() @Length(1, 500) purposeText?: string;
  /** first day (Europe/Rome); today when absent */
  @IsOptional() @IsIsoDate() validFrom?: string;
  /** last day included (Europe/Rome) */
  @IsIsoDate() validUntil!: string;
}
export class ConsentGrantIdParam {
  @IsUUID('4') grantId!: string;
}
