import { generateKeyPair } from 'jose';
import request from 'supertest';
import { directSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { addDays, todayRome } from '../../platform/time/rome-time';
import { registerAgencyClient, setAccreditationStatus, TOKEN_URL } from './agencies.test-kit';
import { hashToken } from './auth/token.service';

const MARIO = 'RSSMRA85T10L219G'; // citizen

describe('agency access: OAuth 2.0 client credentials with private_key_jwt, bearer tokens checked on every request', () => {
  let t: TestApp;
  const http = () => t.app.getHttpServer();
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const expectOAuthRefusal = (res: request.Response, status: number, code: string, error: string) => {
    expect([res.status, res.body.code, res.body.error]).toEqual([status, code, error]);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(typeof res.body.error_description).toBe('string');
    expect(res.body.correlationId).toBeTruthy();
  };

  it('issues a short-lived bearer token for a signed assertion, and the token speaks for the agency', async () => {
    const kit = await registerAgencyClient(t, { scopes: ['people:read', 'services:write'] });
    const res = await kit.requestToken(['people:read']);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({ access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), token_type: 'Bearer', expires_in: 300, scope: 'people:read' });
    // only the hash is stored
    const rows = (await t.db.query(`SELECT token_hash, scopes FROM agencies.access_tokens WHERE client_id = $1`, [kit.clientId])) as { token_hash: string; scopes: string[] }[];
    expect(rows).toEqual([{ token_hash: hashToken(res.body.access_token), scopes: ['people:read'] }]);

    const me = await request(http()).get('/api/agency/v1/me').set('Authorization', `Bearer ${res.body.access_token}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ agencyId: kit.agencyId, clientId: kit.clientId, vatNumber: kit.vatNumber, agencyName: kit.agencyName, scopes: ['people:read'] });
    expect(me.body.tokenExpiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(me.headers['x-ratelimit-limit']).toBeDefined();
    // without scope: every scope the client may have
    expect((await kit.requestToken()).body.scope).toBe('people:read services:write');
  });

  it('refuses an assertion signed with another key, an expired one, a replayed jti, another audience, an unknown client: each with its reason', async () => {
    const kit = await registerAgencyClient(t);
    const other = await generateKeyPair('ES256');
    expectOAuthRefusal(await kit.requestToken(undefined, { key: other.privateKey }), 401, 'OAUTH_ASSERTION_SIGNATURE_INVALID', 'invalid_client');
    const past = Math.floor(Date.now() / 1000) - 600;
    expectOAuthRefusal(await kit.requestToken(undefined, { iat: past - 60, exp: past }), 400, 'OAUTH_ASSERTION_EXPIRED', 'invalid_grant');
    expectOAuthRefusal(await kit.requestToken(undefined, { exp: Math.floor(Date.now() / 1000) + 3600 }), 400, 'OAUTH_ASSERTION_TOO_LONG', 'invalid_grant');
    expectOAuthRefusal(await kit.requestToken(undefined, { aud: 'https://elsewhere.example.it/token' }), 401, 'OAUTH_ASSERTION_INVALID', 'invalid_client');
    expectOAuthRefusal(await kit.requestToken(undefined, { sub: 'someone-else' }), 401, 'OAUTH_ASSERTION_INVALID', 'invalid_client');
    expectOAuthRefusal(await kit.requestToken(undefined, { iss: 'nobody', sub: 'nobody' }), 401, 'OAUTH_CLIENT_UNKNOWN', 'invalid_client');

    const jti = `jti-${Date.now()}`;
    expect((await kit.requestToken(undefined, { jti })).status).toBe(200);
    expectOAuthRefusal(await kit.requestToken(undefined, { jti }), 400, 'OAUTH_ASSERTION_REPLAYED', 'invalid_grant');
    // concurrent replays: exactly one token
    const jti2 = `jti2-${Date.now()}`;
    const both = await Promise.all([kit.requestToken(undefined, { jti: jti2 }), kit.requestToken(undefined, { jti: jti2 })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 400]);
  });

  it('refuses a malformed request with invalid_request naming the member, and other grant types', async () => {
    const missing = await request(http()).post(TOKEN_URL).type('form').send({ grant_type: 'client_credentials' });
    expectOAuthRefusal(missing, 400, 'OAUTH_REQUEST_INVALID', 'invalid_request');
    expect(missing.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/client_assertion_type', '/client_assertion']);
    const grant = await request(http()).post(TOKEN_URL).type('form').send({ grant_type: 'password', client_assertion_type: 'x', client_assertion: 'y' });
    expectOAuthRefusal(grant, 400, 'OAUTH_GRANT_TYPE_UNSUPPORTED', 'unsupported_grant_type');
    const notJwt = await request(http())
      .post(TOKEN_URL)
      .type('form')
      .send({ grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: 'not-a-jwt' });
    expectOAuthRefusal(notJwt, 401, 'OAUTH_ASSERTION_INVALID', 'invalid_client');
  });

  it("refuses scopes the client may not have, and a route's scope the token lacks (403 insufficient_scope)", async () => {
    const kit = await registerAgencyClient(t, { scopes: ['services:write'] });
    expectOAuthRefusal(await kit.requestToken(['webhooks:manage']), 400, 'OAUTH_SCOPE_NOT_ALLOWED', 'invalid_scope');
    expectOAuthRefusal(await kit.requestToken(['admin:everything']), 400, 'OAUTH_SCOPE_NOT_ALLOWED', 'invalid_scope');
    const token = await kit.token(['services:write']);
    const res = await request(http()).get('/api/agency/v1/assignments').set('Authorization', `Bearer ${token}`);
    expect([res.status, res.body.code, res.body.error]).toEqual([403, 'AGENCY_SCOPE_INSUFFICIENT', 'insufficient_scope']);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="opencpi-agency", error="insufficient_scope", .*scope="people:read"$/);
  });

  it('refuses a suspended, revoked or expired accreditation at token time, and a token whose agency was suspended since (every request)', async () => {
    const suspended = await registerAgencyClient(t, { status: 'suspended' });
    expectOAuthRefusal(await suspended.requestToken(), 403, 'AGENCY_ACCREDITATION_SUSPENDED', 'unauthorized_client');
    const revoked = await registerAgencyClient(t, { status: 'revoked' });
    expectOAuthRefusal(await revoked.requestToken(), 403, 'AGENCY_ACCREDITATION_REVOKED', 'unauthorized_client');
    const expired = await registerAgencyClient(t, { validFrom: '2024-01-01', validUntil: addDays(todayRome(), -1) });
    expectOAuthRefusal(await expired.requestToken(), 403, 'AGENCY_ACCREDITATION_EXPIRED', 'unauthorized_client');

    const kit = await registerAgencyClient(t);
    const token = await kit.token();
    expect((await request(http()).get('/api/agency/v1/me').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    await setAccreditationStatus(t, kit.agencyId, 'suspended');
    const after = await request(http()).get('/api/agency/v1/me').set('Authorization', `Bearer ${token}`);
    expect([after.status, after.body.code]).toEqual([403, 'AGENCY_ACCREDITATION_SUSPENDED']);
    await setAccreditationStatus(t, kit.agencyId, 'active');
    expect((await request(http()).get('/api/agency/v1/me').set('Authorization', `Bearer ${token}`)).status).toBe(200);
  });

  it('answers 401 with WWW-Authenticate for no token, an unknown, expired or revoked-client token', async () => {
    const none = await request(http()).get('/api/agency/v1/me');
    expect([none.status, none.body.code, none.headers['www-authenticate']]).toEqual([401, 'UNAUTHENTICATED', 'Bearer realm="opencpi-agency"']);
    const unknown = await request(http())
      .get('/api/agency/v1/me')
      .set('Authorization', `Bearer ${'A'.repeat(43)}`);
    expect([unknown.status, unknown.body.code, unknown.body.error]).toEqual([401, 'AGENCY_TOKEN_INVALID', 'invalid_token']);
    expect(unknown.headers['www-authenticate']).toContain('error="invalid_token"');

    const kit = await registerAgencyClient(t);
    const token = await kit.token();
    await t.db.query(`UPDATE agencies.access_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hashToken(token)]);
    const expired = await request(http()).get('/api/agency/v1/me').set('Authorization', `Bearer ${token}`);
    expect([expired.status, expired.body.code]).toEqual([401, 'AGENCY_TOKEN_EXPIRED']);

    const fresh = await kit.token();
    await t.db.query(`UPDATE agencies.clients SET revoked_at = now() WHERE client_id = $1`, [kit.clientId]);
    expect((await request(http()).get('/api/agency/v1/me').set('Authorization', `Bearer ${fresh}`)).body.code).toBe('AGENCY_TOKEN_INVALID');
    expectOAuthRefusal(await kit.requestToken(), 401, 'OAUTH_CLIENT_REVOKED', 'invalid_client');
  });

  it('never lets a session cookie satisfy an agency route, nor a bearer token a session route', async () => {
    const mario = await directSession(t.app, MARIO);
    const cookieOnly = await request(http()).get('/api/agency/v1/me').set('Cookie', mario.cookie);
    expect([cookieOnly.status, cookieOnly.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const kit = await registerAgencyClient(t);
    const token = await kit.token();
    const bearerOnly = await request(http()).get('/api/citizen/registry/profile').set('Authorization', `Bearer ${token}`);
    expect([bearerOnly.status, bearerOnly.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
