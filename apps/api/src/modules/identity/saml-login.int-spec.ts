import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { craftResponse, loginThroughDevIdp, postToAcs, startLogin } from '../../../test/saml-login';
import { citizenOf } from '../registry/registry.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen, CPI Torino
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino

const errorPage = (location: string) => {
  const u = new URL(location);
  return { path: u.pathname, code: u.searchParams.get('code'), reason: u.searchParams.get('reason') };
};

describe('SPID/CIE login (SAML 2.0 against the development IdP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();

  it('sends a signed AuthnRequest as AgID requires', async () => {
    const res = await request(http()).get('/api/auth/spid/login').query({ idp: 'dev-spid', level: 2, app: 'citizen' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers['location'] as string);
    expect(location.pathname).toBe('/api/dev-idp/spid/sso');
    expect(location.searchParams.get('SigAlg')).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    expect(location.searchParams.get('Signature')).toBeTruthy();
    const { authnRequestXml: xml, requestId } = await startLogin(http(), { level: 2 });
    expect(xml).toContain('ForceAuthn="true"');
    expect(xml).toContain('AttributeConsumingServiceIndex="0"');
    expect(xml).toContain('AssertionConsumerServiceIndex="0"');
    expect(xml).toContain('<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient"/>');
    expect(xml).toContain(`Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity" NameQualifier="${t.env.SP_ENTITY_ID}"`);
    expect(xml).toContain('<saml:AuthnContextClassRef>https://www.spid.gov.it/SpidL2</saml:AuthnContextClassRef>');
    expect(xml).not.toContain('IsPassive');
    const stored = await t.db.query('SELECT requested_level, app FROM identity.authn_requests WHERE id = $1', [requestId]);
    expect(stored).toEqual([{ requested_level: 2, app: 'citizen' }]);
    const l1 = await startLogin(http(), { level: 1 });
    expect(l1.authnRequestXml).not.toContain('ForceAuthn');
  });

  it('refuses an unknown identity provider with problem+json naming the field', async () => {
    const res = await request(http()).get('/api/auth/spid/login').query({ idp: 'nope', level: 2 });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('IDP_UNKNOWN');
    expect(res.body.errors[0].pointer).toBe('/idp');
  });

  it('logs a citizen in: round trip, session, profile with the CPI', async () => {
    const { acs, cookie } = await loginThroughDevIdp(http(), MARIO);
    expect(acs.status).toBe(302);
    expect(acs.headers['location']).toBe(`${t.env.CITIZEN_WEB_URL}/profilo`);
    const setCookie = (acs.headers['set-cookie'] as unknown as string[]).join(';');
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const session = await request(http())
      .get('/api/auth/session')
      .set('Cookie', cookie as string);
    expect(session.body).toMatchObject({ authenticated: true, user: { fiscalCode: MARIO, spidLevel: 2, roles: ['citizen'], authenticatedWith: 'spid' } });
    expect(session.body.csrfToken).toMatch(/^[0-9a-f]{64}$/);
    const profile = await request(http())
      .get('/api/citizen/registry/profile')
      .set('Cookie', cookie as string);
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({ fiscalCode: MARIO, givenName: 'Mario', familyName: 'Rossi', office: { code: 'CPI-TO' } });
  });

  it('creates the citizen at first login and only updates contacts later', async () => {
    const newcomer = 'BNCLRT99A01L219V';
    const first = await startLogin(http());
    const r1 = await postToAcs(
      http(),
      craftResponse(t.env, first.requestId, newcomer, {
        attributes: {
          fiscalNumber: `TINIT-${newcomer}`,
          name: 'Alberto',
          familyName: 'Bianco',
          email: 'old@example.it',
          mobilePhone: '3330000000',
        },
      }),
    );
    expect(r1.headers['location']).toContain('/profilo');
    const second = await startLogin(http());
    await postToAcs(
      http(),
      craftResponse(t.env, second.requestId, newcomer, {
        attributes: {
          fiscalNumber: `TINIT-${newcomer}`,
          name: 'Alberto',
          familyName: 'Bianco',
          email: 'new@example.it',
        },
      }),
    );
    expect(await citizenOf(t, newcomer)).toMatchObject({ email: 'new@example.it', mobilePhone: '3330000000' });
  });

  it('refuses a tampered assertion', async () => {
    const { requestId } = await startLogin(http());
    const xml = Buffer.from(craftResponse(t.env, requestId, MARIO), 'base64')
      .toString('utf8')
      .replace(`TINIT-${MARIO}`, 'TINIT-BNCGLI90A41F335M');
    const res = await postToAcs(http(), Buffer.from(xml).toString('base64'));
    expect(errorPage(res.headers['location'] as string)).toMatchObject({ code: 'invalid', reason: 'SAML_RESPONSE_INVALID' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an expired assertion', async () => {
    const { requestId } = await startLogin(http());
    const past = new Date(Date.now() - 10 * 60_000);
    const res = await postToAcs(http(), craftResponse(t.env, requestId, MARIO, { now: new Date(past.getTime() - 60_000), notOnOrAfter: past }));
    expect(errorPage(res.headers['location'] as string)).toMatchObject({ code: 'invalid', reason: 'SAML_RESPONSE_INVALID' });
  });

  it('refuses a replayed response, and an unsolicited one', async () => {
    const { requestId } = await startLogin(http());
    const response = craftResponse(t.env, requestId, MARIO);
    const first = await postToAcs(http(), response);
    expect(first.headers['location']).toBe(`${t.env.CITIZEN_WEB_URL}/profilo`);
    const replay = await postToAcs(http(), response);
    expect(errorPage(replay.headers['location'] as string)).toMatchObject({ code: 'invalid', reason: 'SAML_RESPONSE_REPLAYED' });
    expect(replay.headers['set-cookie']).toBeUndefined();
    const unsolicited = await postToAcs(http(), craftResponse(t.env, '_00000000000000000000000000000000', MARIO));
    expect(errorPage(unsolicited.headers['location'] as string).reason).toBe('SAML_RESPONSE_REPLAYED');
  });

  it('accepts a concurrent double post of one response only once', async () => {
    const { requestId } = await startLogin(http());
    const response = craftResponse(t.env, requestId, MARIO);
    const results = await Promise.all([postToAcs(http(), response), postToAcs(http(), response), postToAcs(http(), response)]);
    expect(results.filter((r) => r.headers['set-cookie']).length).toBe(1);
  });

  it('refuses a wrong audience, a wrong recipient and an unsigned assertion', async () => {
    const a = await startLogin(http());
    const wrongAudience = await postToAcs(http(), craftResponse(t.env, a.requestId, MARIO, { audience: 'https://other-sp.example.it' }));
    expect(errorPage(wrongAudience.headers['location'] as string).reason).toBe('SAML_RESPONSE_INVALID');
    const b = await startLogin(http());
    const wrongRecipient = await postToAcs(http(), craftResponse(t.env, b.requestId, MARIO, { recipient: 'https://evil.example.it/acs' }));
    expect(errorPage(wrongRecipient.headers['location'] as string).reason).toBe('SAML_RESPONSE_INVALID');
    const c = await startLogin(http());
    const unsignedAssertion = await postToAcs(http(), craftResponse(t.env, c.requestId, MARIO, { signAssertion: false }));
    expect(errorPage(unsignedAssertion.headers['location'] as string).reason).toBe('SAML_RESPONSE_INVALID');
    const d = await startLogin(http());
    const unsigned = await postToAcs(http(), craftResponse(t.env, d.requestId, MARIO, { signAssertion: false, signResponse: false }));
    expect(errorPage(unsigned.headers['location'] as string).reason).toBe('SAML_RESPONSE_INVALID');
    // none of them consumed its request: a genuine answer to the last one still works
    const genuine = await postToAcs(http(), craftResponse(t.env, d.requestId, MARIO));
    expect(genuine.headers['location']).toBe(`${t.env.CITIZEN_WEB_URL}/profilo`);
  });

  it('refuses a level lower than requested', async () => {
    const { requestId } = await startLogin(http(), { level: 2 });
    const res = await postToAcs(http(), craftResponse(t.env, requestId, MARIO, { level: 1 }));
    expect(errorPage(res.headers['location'] as string)).toMatchObject({ code: 'level', reason: 'SAML_LEVEL_TOO_LOW' });
  });

  it('refuses an invalid fiscal code in the assertion', async () => {
    const { requestId } = await startLogin(http());
    const res = await postToAcs(http(), craftResponse(t.env, requestId, 'RSSMRA85T10L219X'));
    expect(errorPage(res.headers['location'] as string).reason).toBe('FISCAL_CODE_INVALID');
  });

  it.each(['nr19', 'nr20', 'nr21', 'nr22', 'nr23', 'nr25'])('shows the courtesy page for SPID error %s', async (code) => {
    const { requestId } = await startLogin(http(), { app: 'operator' });
    const res = await postToAcs(http(), craftResponse(t.env, requestId, MARIO, { errorCode: code }));
    expect(errorPage(res.headers['location'] as string)).toEqual({ path: '/accesso/errore', code, reason: 'SAML_IDP_ERROR' });
    expect(res.headers['location']).toContain(t.env.OPERATOR_WEB_URL);
  });

  it('lets staff into the operator app and keeps citizens out of it', async () => {
    const op = await loginThroughDevIdp(http(), LUCA, { app: 'operator' });
    expect(op.acs.headers['location']).toBe(`${t.env.OPERATOR_WEB_URL}/cittadini`);
    const session = await request(http())
      .get('/api/auth/session')
      .set('Cookie', op.cookie as string);
    expect(session.body.user.roles).toEqual(['citizen', 'operator']);
    const citizen = await loginThroughDevIdp(http(), MARIO, { app: 'operator' });
    expect(errorPage(citizen.acs.headers['location'] as string)).toMatchObject({ code: 'forbidden', reason: 'FORBIDDEN' });
    expect(citizen.cookie).toBeUndefined();
  });

  it('logs in with CIE', async () => {
    const { acs, cookie } = await loginThroughDevIdp(http(), MARIO, { kind: 'cie' });
    expect(acs.headers['location']).toBe(`${t.env.CITIZEN_WEB_URL}/profilo`);
    const session = await request(http())
      .get('/api/auth/session')
      .set('Cookie', cookie as string);
    expect(session.body.user.authenticatedWith).toBe('cie');
  });

  it('logs out with the CSRF token only', async () => {
    const { cookie } = await loginThroughDevIdp(http(), MARIO);
    const session = await request(http())
      .get('/api/auth/session')
      .set('Cookie', cookie as string);
    const noToken = await request(http())
      .post('/api/auth/logout')
      .set('Cookie', cookie as string);
    expect(noToken.status).toBe(403);
    expect(noToken.body.code).toBe('CSRF_TOKEN_INVALID');
    const ok = await request(http())
      .post('/api/auth/logout')
      .set('Cookie', cookie as string)
      .set('X-CSRF-Token', session.body.csrfToken);
    expect(ok.status).toBe(200);
    // the development IdP supports Single Logout: on to it with our signed LogoutRequest (saml-hardening.int-spec.ts)
    expect(ok.body.redirectTo).toMatch(new RegExp(`^${t.env.PUBLIC_API_URL}/api/dev-idp/spid/slo\\?SAMLRequest=`));
    const after = await request(http())
      .get('/api/citizen/registry/profile')
      .set('Cookie', cookie as string);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('SESSION_EXPIRED');
  });

  it('expires an idle session', async () => {
    const { cookie } = await loginThroughDevIdp(http(), MARIO);
    await t.db.query(`UPDATE identity.sessions SET last_seen_at = now() - interval '2 hours' WHERE ended_at IS NULL`);
    const res = await request(http())
      .get('/api/citizen/registry/profile')
      .set('Cookie', cookie as string);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('SESSION_EXPIRED');
  });

  it('publishes signed SP metadata with the public-body extensions', async () => {
    for (const kind of ['spid', 'cie'] as const) {
      const res = await request(http()).get(`/api/auth/${kind}/metadata`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('application/samlmetadata+xml');
      const xml = res.text;
      // CIE has its own entityID (saml-hardening.int-spec.ts)
      expect(xml).toMatch(new RegExp(`^<md:EntityDescriptor[^>]*entityID="http://localhost:3000/api/auth/${kind}/metadata"[^>]*><ds:Signature`));
      expect(xml).toContain('AuthnRequestsSigned="true"');
      expect(xml).toContain(`Location="${t.env.PUBLIC_API_URL}/api/auth/${kind}/acs"`);
      expect(xml).toContain('<md:AttributeConsumingService index="0">');
      expect(xml).toContain('<md:RequestedAttribute Name="fiscalNumber"');
      expect(xml).toContain('<md:OrganizationName xml:lang="it">');
      expect(xml).toContain(`IPACode>${t.env.ORG_IPA_CODE}<`);
      expect(xml).toContain(kind === 'spid' ? '<spid:Public/>' : '<cie:Municipality>H501</cie:Municipality>');
    }
    // the signature verifies with the SP certificate
    const { SignedXml } = await import('xml-crypto');
    const { DOMParser } = await import('@xmldom/xmldom');
    const { readFileSync } = await import('node:fs');
    const xml = (await request(http()).get('/api/auth/spid/metadata')).text;
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const sigNode = doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0];
    const sig = new SignedXml({ publicCert: readFileSync(t.env.SP_CERT_PATH, 'utf8') });
    sig.loadSignature(sigNode as never);
    expect(sig.checkSignature(xml)).toBe(true);
  });
});
