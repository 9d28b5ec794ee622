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
}

export const PRINCIPAL_KEY = Symbol.for('opencpi.principal');
export type RequestWithPrincipal = import('express').Request & { [PRINCIPAL_KEY]?: Principal };
