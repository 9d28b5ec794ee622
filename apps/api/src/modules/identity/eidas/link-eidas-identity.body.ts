import { IsString, Matches } from 'class-validator';

/** POST /api/operator/identity/eidas-links: the operator has identified the person (document + codice fiscale). */
export class LinkEidasIdentityBody {
  /** as shown to the person on the eIDAS courtesy page, e.g. `DE/IT/1234abcd` */
  @IsString()
  @Matches(/^[A-Z]{2}\/IT\/[!-~]{1,200}$/, { message: 'personIdentifier must be an eIDAS identifier XX/IT/...' })
  personIdentifier!: string;

  @IsString()
  @Matches(/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/, { message: 'fiscalCode must be a codice fiscale' })
  fiscalCode!: string;
}

export class EidasLinkResponse {
  @IsString() personIdentifier!: string;
  @IsString() fiscalCode!: string;
  /** name as the foreign eID gives it */
  @IsString() eidasGivenName!: string;
  @IsString() eidasFamilyName!: string;
  /** RFC 3339 */
  @IsString() linkedAt!: string;
}
