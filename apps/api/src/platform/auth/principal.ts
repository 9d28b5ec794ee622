import type { IdentityProviderKind, LoginApp, Role, SpidLevel } from '@opencpi/contracts';

/** The staff side of a principal, loaded fresh from the registry on each request. */
export interface StaffScope {
  staffId: string;
  role: 'operator' | 'cpi_manager' | 'region_admin';
  regionId: string;
  /** offices the person serves; a region_admin sees the whole region */
  officeIds: string[];
}

/** Who is calling: the authenticated person of the current session. */
export interface Principal {
  sessionId: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  roles: Role[];
  spidLevel: SpidLevel;
  kind: IdentityProviderKind;
  app: LoginApp;
  absoluteExpiresAt: Date;
  csrfToken: string;
  staff?: StaffScope;
  /** set when an intermediary's operator acts for this person under a delegation (the principal is then the person) */
  delegate?: Delegate;
  /** a machine caller of an accredited agency (bearer token): then roles is [], fiscalCode the VAT number, givenName the agency's name */
  agencyClient?: AgencyClientScope;
}

/** The agency side of a machine principal, checked on each request (token, client, accreditation). */
export interface AgencyClientScope {
  agencyId: string;
  clientId: string;
  scopes: string[];
  agencyName: string;
  vatNumber: string;
}

/** Who acts for the person: an operator of a registered intermediary (patronato, CAF, municipality). */
export interface Delegate {
  fiscalCode: string;
  name: string;
  organisationId: string;
  organisationName: string;
}

export const PRINCIPAL_KEY = Symbol.for('opencpi.principal');
export type RequestWithPrincipal = import('express').Request & { [PRINCIPAL_KEY]?: Principal };
