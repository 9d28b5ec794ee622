import type { INestApplication } from '@nestjs/common';
import type { LoginApp, SpidLevel } from '@opencpi/contracts';
import { DEV_IDENTITIES } from '../src/modules/identity/dev-idp/dev-identities';
import { SessionService } from '../src/modules/identity/session.service';
import { RegistryService } from '../src/modules/registry/registry.service';

export interface DirectSession {
  cookie: string;
  csrf: string;
  fiscalCode: string;
}

/**
 * A session for a development identity, minted as the ACS would after a verified login (the citizen row upserted,
 * roles read from the registry), without the SAML round trip (proven in saml-login.int-spec.ts).
 */
export async function directSession(app: INestApplication, fiscalCode: string, opts: { level?: SpidLevel; app?: LoginApp } = {}): Promise<DirectSession> {
  const who = DEV_IDENTITIES.find((d) => d.fiscalCode === fiscalCode);
  if (!who) throw new Error(`${fiscalCode} is not a development identity`);
  const { roles } = await app.get(RegistryService).recordLogin({
    fiscalCode,
    givenName: who.givenName,
    familyName: who.familyName,
    birthDate: who.birthDate,
    gender: who.gender,
    birthPlaceCode: who.birthPlaceCode,
    email: who.email,
    mobilePhone: who.mobilePhone,
  });
  const { token, session } = await app.get(SessionService).create({
    fiscalCode,
    givenName: who.givenName,
    familyName: who.familyName,
    roles,
    spidLevel: opts.level ?? 2,
    kind: 'spid',
    app: opts.app ?? (roles.some((r) => r !== 'citizen' && r !== 'employer' && r !== 'agency_staff') ? 'operator' : 'citizen'),
    idpEntityId: 'test',
    nameId: null,
    sessionIndex: null,
    ip: null,
    userAgent: null,
  });
  return { cookie: `opencpi_sid=${token}`, csrf: session.csrfToken, fiscalCode };
}
