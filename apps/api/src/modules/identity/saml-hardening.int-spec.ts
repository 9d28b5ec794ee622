import request from 'supertest';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { craftResponse, loggedInAgent, loginThroughDevIdp, postToAcs, startLogin } from '../../../test/saml-login';
import { createCitizen } from '../registry/registry.test-kit';
import { devIdpEntityId } from './dev-idp/dev-idp.urls';

const MARIO = 'RSSMRA85T10L219G'; // citizen, CPI Torino
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const ANNA_F = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri
const ANNA_EIDAS = 'DE/IT/4f1c2a9e7b3d5a60'; // dev eIDAS identity: German eID, no codice fiscale
const ANNA_CF = 'SCHNNA92D43Z112G'; // the codice fiscale she got in Italy, registered at CPI Torino

const reasonOf = (location: string) => new URL(location).searchParams.get('reason');
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};
/** Decodes the SAML message of an HTTP-Redirect URL. */
const messageOf = (url: string, param: 'SAMLRequest' | 'SAMLResponse') => inflateRawSync(Buffer.from(new URL(url).searchParams.get(param) as string, 'base64')).toString('utf8');

describe('SAML hardening (issue 11, finding 6)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const profileStatus = async (cookie: string) => (await request(http()).get('/api/citizen/registry/profile').set('Cookie', cookie)).status;

  describe('Issuer', () => {
    it('refuses a response to my SPID request issued by another trusted IdP (same signing key), and keeps the request', async () => {
      const { requestId } = await startLogin(http());
      const foreign = await postToAcs(http(), craftResponse(t.env, requestId, MARIO, { idpEntityId: devIdpEntityId(t.env, 'cie') }));
      expect(reasonOf(foreign.headers['location'] as string)).toBe('SAML_RESPONSE_INVALID');
      expect(foreign.headers['set-cookie']).toBeUndefined();
      const assertionOnly = await postToAcs(http(), craftResponse(t.env, requestId, MARIO, { assertionIssuer: devIdpEntityId(t.env, 'cie') }));
      expect(reasonOf(assertionOnly.headers['location'] as string)).toBe('SAML_RESPONSE_INVALID');
      const genuine = await postToAcs(http(), craftResponse(t.env, requestId, MARIO));
      expect(genuine.headers['location']).toBe(`${t.env.CITIZEN_WEB_URL}/profilo`);
    });
  });

  describe('error responses', () => {
    it('an unsigned or foreign error response does not consume the pending login', async () => {
      const { requestId } = await startLogin(http());
      const unsigned = await postToAcs(http(), craftResponse(t.env, requestId, MARIO, { errorCode: 'nr22', signResponse: false }));
      expect(reasonOf(unsigned.headers['location'] as string)).toBe('SAML_RESPONSE_INVALID');
      const foreign = await postToAcs(http(), craftResponse(t.env, requestId, MARIO, { errorCode: 'nr22', idpEntityId: devIdpEntityId(t.env, 'cie') }));
      expect(reasonOf(foreign.headers['location'] as string)).toBe('SAML_RESPONSE_INVALID');
      const [row] = await t.db.query('SELECT consumed_at FROM identity.authn_requests WHERE id = $1', [requestId]);
      expect(row.consumed_at).toBeNull();
      const genuine = await postToAcs(http(), craftResponse(t.env, requestId, MARIO));
      expect(genuine.headers['location']).toBe(`${t.env.CITIZEN_WEB_URL}/profilo`);
    });

    it('a signed error of the right IdP still ends the pending login with the courtesy page', async () => {
      const { requestId } = await startLogin(http());
      const res = await postToAcs(http(), craftResponse(t.env, requestId, MARIO, { errorCode: 'nr22' }));
      expect(new URL(res.headers['location'] as string).searchParams.get('code')).toBe('nr22');
      const late = await postToAcs(http(), craftResponse(t.env, requestId, MARIO));
      expect(reasonOf(late.headers['location'] as string)).toBe('SAML_RESPONSE_REPLAYED');
    });
  });

  describe('Single Logout', () => {
    it("SP-initiated: ends the session, sends a signed LogoutRequest, accepts the IdP's signed LogoutResponse once", async () => {
      const { cookie, csrf } = await loggedInAgent(http(), MARIO);
      const [session] = await t.db.query('SELECT name_id, session_index FROM identity.sessions WHERE ended_at IS NULL ORDER BY created_at DESC LIMIT 1');
      const out = await request(http()).post('/api/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', csrf);
      expect(out.status).toBe(200);
      expect(await profileStatus(cookie)).toBe(401); // the local session ended before any IdP round trip
      const toIdp = out.body.redirectTo as string;
      expect(toIdp.startsWith(`${t.env.PUBLIC_API_URL}/api/dev-idp/spid/slo?SAMLRequest=`)).toBe(true);
      expect(new URL(toIdp).searchParams.get('SigAlg')).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
      const logoutRequest = messageOf(toIdp, 'SAMLRequest');
      expect(logoutRequest).toContain(`>${session.name_id}</saml:NameID>`);
      expect(logoutRequest).toContain(`<samlp:SessionIndex>${session.session_index}</samlp:SessionIndex>`);
      expect(logoutRequest).toContain(`NameQualifier="${t.env.SP_ENTITY_ID}">${t.env.SP_ENTITY_ID}</saml:Issuer>`);

      const idp = await request(http()).get(pathOf(toIdp));
      expect(idp.status).toBe(302);
      const back = idp.headers['location'] as string;
      expect(back.startsWith(`${t.env.PUBLIC_API_URL}/api/auth/spid/slo?SAMLResponse=`)).toBe(true);
      const tampered = back.replace(/Signature=[^&]+/, 'Signature=AAAA');
      const refused = await request(http()).get(pathOf(tampered));
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('SAML_LOGOUT_INVALID');
      const done = await request(http()).get(pathOf(back));
      expect(done.status).toBe(302);
      expect(done.headers['location']).toBe(`${t.env.CITIZEN_WEB_URL}/`);
      const replay = await request(http()).get(pathOf(back));
      expect(replay.status).toBe(400);
    });

    it('IdP-initiated: a signed LogoutRequest ends the sessions of that NameID and is answered with a signed LogoutResponse', async () => {
      const login = await loginThroughDevIdp(http(), MARIO);
      const cookie = login.cookie as string;
      const other = await loggedInAgent(http(), MARIO); // another session of the same person, another NameID
      const nameId = /<saml:NameID[^>]*>([^<]+)<\/saml:NameID>/.exec(Buffer.from(login.samlResponse, 'base64').toString('utf8'))?.[1] as string;

      const fromIdp = await request(http()).get(`/api/dev-idp/spid/logout?nameId=${encodeURIComponent(nameId)}`);
      expect(fromIdp.status).toBe(302);
      const sloUrl = fromIdp.headers['location'] as string;
      expect(sloUrl.startsWith(`${t.env.PUBLIC_API_URL}/api/auth/spid/slo?SAMLRequest=`)).toBe(true);

      // tampered: another NameID under the original signature; unsigned: no Signature at all
      const xml = messageOf(sloUrl, 'SAMLRequest').replace(nameId, '_someone-else');
      const forged = sloUrl.replace(/SAMLRequest=[^&]+/, `SAMLRequest=${encodeURIComponent(deflateRawSync(Buffer.from(xml)).toString('base64'))}`);
      const tampered = await request(http()).get(pathOf(forged));
      expect(tampered.status).toBe(400);
      expect(tampered.body.code).toBe('SAML_LOGOUT_INVALID');
      const unsigned = await request(http()).get(pathOf(sloUrl.replace(/&SigAlg=[^&]+/, '').replace(/&Signature=[^&]+/, '')));
      expect(unsigned.status).toBe(400);
      expect(await profileStatus(cookie)).toBe(200);

      const answered = await request(http()).get(pathOf(sloUrl));
      expect(answered.status).toBe(302);
      expect(answered.headers['set-cookie']?.toString()).toMatch(/opencpi_sid=;/);
      const toIdp = answered.headers['location'] as string;
      expect(toIdp.startsWith(`${t.env.PUBLIC_API_URL}/api/dev-idp/spid/slo?SAMLResponse=`)).toBe(true);
      expect(messageOf(toIdp, 'SAMLResponse')).toContain('urn:oasis:names:tc:SAML:2.0:status:Success');
      expect(await profileStatus(cookie)).toBe(401);
      expect(await profileStatus(other.cookie)).toBe(200); // another NameID is another IdP session
      const page = await request(http()).get(pathOf(toIdp)); // the dev IdP checks our signature
      expect(page.status).toBe(200);
      expect(page.text).toContain('Disconnessione completata');
    });

    it('publishes the SingleLogoutService that answers', async () => {
      const res = await request(http()).get('/api/auth/spid/slo');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('SAML_LOGOUT_INVALID');
    });
  });

  describe('CIE metadata', () => {
    it('has its own entityID and one administrative ContactPerson with the CIE extensions', async () => {
      const xml = (await request(http()).get('/api/auth/cie/metadata')).text;
      expect(t.env.CIE_SP_ENTITY_ID).not.toBe(t.env.SP_ENTITY_ID);
      expect(xml).toMatch(new RegExp(`^<md:EntityDescriptor[^>]*entityID="${t.env.CIE_SP_ENTITY_ID}"`));
      expect(xml).not.toContain('contactType="other"');
      const contact = /<md:ContactPerson contactType="administrative">(.*?)<\/md:ContactPerson>/.exec(xml)?.[1] ?? '';
      expect(contact).toContain('<cie:Public/>');
      expect(contact).toContain(`<cie:IPACode>${t.env.ORG_IPA_CODE}</cie:IPACode>`);
      expect(contact).toContain(`<cie:Municipality>${t.env.ORG_MUNICIPALITY_CODE}</cie:Municipality>`);
      expect(contact).toContain(`<md:Company>${t.env.ORG_NAME}</md:Company>`);
      expect(contact).toContain(`<md:EmailAddress>${t.env.ORG_CONTACT_EMAIL}</md:EmailAddress>`);
      const { authnRequestXml } = await startLogin(http(), { kind: 'cie' });
      expect(authnRequestXml).toContain(`>${t.env.CIE_SP_ENTITY_ID}</saml:Issuer>`);
    });
  });

  describe('eIDAS (FICEP)', () => {
    it('publishes the eIDAS minimum attribute set and its ACS in the SPID metadata FICEP reads', async () => {
      const xml = (await request(http()).get('/api/auth/eidas/metadata')).text;
      expect(xml).toMatch(new RegExp(`entityID="${t.env.SP_ENTITY_ID}"`));
      expect(xml).toContain(
        `<md:AssertionConsumerService index="1" Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${t.env.PUBLIC_API_URL}/api/auth/eidas/acs"/>`,
      );
      const set = /<md:AttributeConsumingService index="99">(.*?)<\/md:AttributeConsumingService>/.exec(xml)?.[1] ?? '';
      for (const name of ['familyName', 'name', 'dateOfBirth', 'spidCode']) expect(set).toContain(`Name="${name}"`);
      const { authnRequestXml } = await startLogin(http(), { kind: 'eidas' });
      expect(authnRequestXml).toContain('AttributeConsumingServiceIndex="99"');
      expect(authnRequestXml).toContain('AssertionConsumerServiceIndex="1"');
    });

    it('logs a foreign person in once a CPI operator has linked their eIDAS identity to their registry record', async () => {
      // first login: no codice fiscale in the eIDAS data, nobody linked yet → courtesy page with the identifier
      const first = await loginThroughDevIdp(http(), ANNA_EIDAS, { kind: 'eidas' });
      const page = new URL(first.acs.headers['location'] as string);
      expect(page.pathname).toBe('/accesso/errore');
      expect(page.searchParams.get('code')).toBe('eidas-unlinked');
      expect(page.searchParams.get('eidasId')).toBe(ANNA_EIDAS);
      expect(first.cookie).toBeUndefined();

      await createCitizen(t, { fiscalCode: ANNA_CF, givenName: 'Anna', familyName: 'Schmidt', birthDate: '1992-04-03', gender: 'F', birthPlaceCode: 'Z112', officeCode: 'CPI-TO' });
      const other = await loggedInAgent(http(), ANNA_F, { app: 'operator' });
      const wrongOffice = await request(http())
        .post('/api/operator/identity/eidas-links')
        .set('Cookie', other.cookie)
        .set('X-CSRF-Token', other.csrf)
        .send({ personIdentifier: ANNA_EIDAS, fiscalCode: ANNA_CF });
      expect(wrongOffice.status).toBe(404);
      const citizen = await loggedInAgent(http(), MARIO);
      const notStaff = await request(http())
        .post('/api/operator/identity/eidas-links')
        .set('Cookie', citizen.cookie)
        .set('X-CSRF-Token', citizen.csrf)
        .send({ personIdentifier: ANNA_EIDAS, fiscalCode: MARIO });
      expect(notStaff.status).toBe(403);
      const op = await loggedInAgent(http(), LUCA, { app: 'operator' });
      const unknown = await request(http())
        .post('/api/operator/identity/eidas-links')
        .set('Cookie', op.cookie)
        .set('X-CSRF-Token', op.csrf)
        .send({ personIdentifier: 'FR/IT/never-seen', fiscalCode: ANNA_CF });
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('EIDAS_IDENTITY_UNKNOWN');
      const linked = await request(http())
        .post('/api/operator/identity/eidas-links')
        .set('Cookie', op.cookie)
        .set('X-CSRF-Token', op.csrf)
        .send({ personIdentifier: ANNA_EIDAS, fiscalCode: ANNA_CF });
      expect(linked.status).toBe(200);
      expect(linked.body).toMatchObject({ personIdentifier: ANNA_EIDAS, fiscalCode: ANNA_CF, eidasGivenName: 'Anna', eidasFamilyName: 'Schmidt' });

      const again = await loginThroughDevIdp(http(), ANNA_EIDAS, { kind: 'eidas' });
      expect(again.acs.headers['location']).toBe(`${t.env.CITIZEN_WEB_URL}/profilo`);
      const session = await request(http())
        .get('/api/auth/session')
        .set('Cookie', again.cookie as string);
      expect(session.body.user).toMatchObject({ fiscalCode: ANNA_CF, givenName: 'Anna', familyName: 'Schmidt', authenticatedWith: 'eidas', roles: ['citizen'] });
      expect(await profileStatus(again.cookie as string)).toBe(200);
    });

    it('refuses an eIDAS assertion without a PersonIdentifier', async () => {
      const { requestId } = await startLogin(http(), { kind: 'eidas' });
      const res = await postToAcs(http(), craftResponse(t.env, requestId, MARIO, {}, 'eidas'), 'eidas'); // SPID attributes, no spidCode
      expect(reasonOf(res.headers['location'] as string)).toBe('SAML_RESPONSE_INVALID');
    });
  });
});
