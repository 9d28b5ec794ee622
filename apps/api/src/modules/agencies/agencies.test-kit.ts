import { randomInt, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import request from 'supertest';
import { AGENCY_SCOPES, CLIENT_CREDENTIALS_GRANT, JWT_BEARER_ASSERTION_TYPE } from '@opencpi/contracts';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AgencyRef } from '../registry/registry.service';
import { agencyByIndex, agencyRef, createAgency } from '../registry/registry.test-kit';
import { partitaIva } from '../registry/seed/demo-data';
import { TokenService } from './auth/token.service';
import type { AccreditationStatus } from './entities/accreditation.entity';

export const TOKEN_URL = '/api/agency/v1/oauth/token';

/** What the kit needs of a test app (a TestApp, or the authz fixture's app and database). */
export interface AppAndDb {
  app: INestApplication;
  db: DataSource;
}

export interface RegisterAgencyClientOptions {
  /** an existing registry agency (e.g. a seeded one, see seededAgencyId); default: a new agency in the seeded region */
  agencyId?: string;
  /** scopes the client may ask for (default: all) */
  scopes?: string[];
  status?: AccreditationStatus;
  validFrom?: string;
  validUntil?: string | null;
  officeIds?: string[];
  serviceCodes?: string[];
}

export interface AssertionOverrides {
  iss?: string;
  sub?: string;
  aud?: string;
  jti?: string;
  /** seconds since the epoch */
  exp?: number;
  iat?: number;
  /** sign with another key (e.g. one the client never registered) */
  key?: KeyLike;
}

export interface AgencyClientKit {
  agencyId: string;
  clientId: string;
  agencyName: string;
  vatNumber: string;
  privateKey: KeyLike;
  publicJwk: JWK;
  /** a fresh client assertion (new jti, exp 2 minutes ahead) unless overridden */
  assertion(overrides?: AssertionOverrides): Promise<string>;
  /** POST /oauth/token with a fresh assertion; the answer as supertest gives it */
  requestToken(scope?: string[], overrides?: AssertionOverrides): Promise<request.Response>;
  /** an access token for `scopes` (default: all the client's); fails the test if refused */
  token(scopes?: string[]): Promise<string>;
}

/** The id of a seeded agency (by name order): `index` 0 or 1. */
export async function seededAgencyId(t: AppAndDb, index = 0): Promise<string> {
  return (await agencyByIndex(t, index)).id;
}

/** Sets an agency's accreditation status (as the region would, without the audit). */
export async function setAccreditationStatus(t: AppAndDb, agencyId: string, status: AccreditationStatus): Promise<void> {
  await t.db.query(`UPDATE agencies.accreditations SET status = $2, reason = 'test' WHERE agency_id = $1`, [agencyId, status]);
}

/**
 * Integration tests of the agency API: an ES256 key pair made with jose, a client registered with its public key and
 * an active accreditation (today onwards) for a new agency (or `opts.agencyId`), and helpers to sign assertions and
 * get tokens through the real token endpoint.
 */
export async function registerAgencyClient(t: AppAndDb, opts: RegisterAgencyClientOptions = {}): Promise<AgencyClientKit> {
  const agency = opts.agencyId ? await agencyRef(t, opts.agencyId) : await newAgency(t);
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: randomUUID(), alg: 'ES256', use: 'sig' };
  const clientId = `test-${randomUUID()}`;
  const scopes = opts.scopes ?? [...AGENCY_SCOPES];
  await t.db.query(`INSERT INTO agencies.clients (client_id, agency_id, name, jwks, scopes) VALUES ($1, $2, $3, $4, $5)`, [
    clientId,
    agency.id,
    'Test client',
    JSON.stringify({ keys: [publicJwk] }),
    scopes,
  ]);
  await t.db.query(
    `INSERT INTO agencies.accreditations (agency_id, number, status, valid_from, valid_until, service_codes, office_ids, areas)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '{}')
     ON CONFLICT (agency_id) DO UPDATE SET status = EXCLUDED.status, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until`,
    [
      agency.id,
      `TEST-${randomUUID().slice(0, 8)}`,
      opts.status ?? 'active',
      opts.validFrom ?? '2020-01-01',
      opts.validUntil ?? null,
      opts.serviceCodes ?? [],
      opts.officeIds ?? [],
    ],
  );
  const audience = t.app.get(TokenService).audience;

  const assertion = (o: AssertionOverrides = {}): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: o.key ? 'other' : publicJwk.kid })
      .setIssuer(o.iss ?? clientId)
      .setSubject(o.sub ?? clientId)
      .setAudience(o.aud ?? audience)
      .setJti(o.jti ?? randomUUID())
      .setIssuedAt(o.iat ?? now)
      .setExpirationTime(o.exp ?? now + 120)
      .sign(o.key ?? privateKey);
  };
  const requestToken = async (scope?: string[], o?: AssertionOverrides) =>
    request(t.app.getHttpServer())
      .post(TOKEN_URL)
      .type('form')
      .send({
        grant_type: CLIENT_CREDENTIALS_GRANT,
        client_assertion_type: JWT_BEARER_ASSERTION_TYPE,
        client_assertion: await assertion(o),
        ...(scope ? { scope: scope.join(' ') } : {}),
      });
  const token = async (scope?: string[]): Promise<string> => {
    const res = await requestToken(scope);
    if (res.status !== 200) throw new Error(`token refused: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { access_token: string }).access_token;
  };
  return { agencyId: agency.id, clientId, agencyName: agency.name, vatNumber: agency.vatNumber, privateKey, publicJwk, assertion, requestToken, token };
}

async function newAgency(t: AppAndDb): Promise<AgencyRef> {
  const vatNumber = partitaIva(String(randomInt(1_000_000_000, 9_999_999_999)));
  return createAgency(t, { name: `Agenzia di prova ${vatNumber}`, vatNumber, accreditationCode: `TEST-${vatNumber}` });
}

/** For the authorisation matrix: a client of `agencyId` with every scope, and its access token (a new one once the last is 4 minutes old). */
export async function agencyClientBearer(t: AppAndDb, agencyId: string): Promise<() => Promise<string>> {
  const kit = await registerAgencyClient(t, { agencyId });
  let current = { token: await kit.token(), at: Date.now() };
  return async () => {
    if (Date.now() - current.at > 240_000) current = { token: await kit.token(), at: Date.now() };
    return current.token;
  };
}
