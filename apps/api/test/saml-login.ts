import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import request from 'supertest';
import type { App } from 'supertest/types';
import type { SpidLevel } from '@opencpi/contracts';
import type { Env } from '../src/config/env';
import { buildSamlResponse, type SamlResponseSpec } from '../src/modules/identity/dev-idp/saml-response.builder';
import { devIdpEntityId } from '../src/modules/identity/dev-idp/dev-idp.urls';
import { acsUrl, spEntityId } from '../src/modules/identity/saml/sp-urls';

export const devIdpKey = readFileSync(path.resolve(__dirname, '../config/dev/dev-idp-key.pem'), 'utf8');
export const devIdpCert = readFileSync(path.resolve(__dirname, '../config/dev/dev-idp-cert.pem'), 'utf8');

export interface StartedLogin {
  /** the SAML request ID the SP stored */
  requestId: string;
  /** path + query of the IdP redirect (served by the same app: the development IdP) */
  idpPath: string;
  authnRequestXml: string;
}

const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/** GET /api/auth/{kind}/login and decode the AuthnRequest it redirects with. */
export async function startLogin(http: App, opts: { kind?: 'spid' | 'cie' | 'eidas'; app?: 'citizen' | 'operator'; level?: SpidLevel } = {}): Promise<StartedLogin> {
  const kind = opts.kind ?? 'spid';
  const res = await request(http)
    .get(`/api/auth/${kind}/login`)
    .query({ idp: `dev-${kind}`, level: opts.level ?? 2, app: opts.app ?? 'citizen' });
  if (res.status !== 302) throw new Error(`login start answered ${res.status}: ${res.text}`);
  const location = new URL(res.headers['location'] as string);
  const xml = inflateRawSync(Buffer.from(location.searchParams.get('SAMLRequest') as string, 'base64')).toString('utf8');
  const requestId = /ID="([^"]+)"/.exec(xml)?.[1] as string;
  return { requestId, idpPath: pathOf(location.toString()), authnRequestXml: xml };
}

/** Builds a response to `requestId` signed by the development IdP, with any knob of the spec overridden. */
export function craftResponse(env: Env, requestId: string, fiscalCode: string, spec: Partial<SamlResponseSpec> = {}, kind: 'spid' | 'cie' | 'eidas' = 'spid'): string {
  const xml = buildSamlResponse({
    idpEntityId: devIdpEntityId(env, kind),
    audience: spEntityId(env, kind),
    destination: acsUrl(env, kind),
    inResponseTo: requestId,
    level: 2,
    attributes: { fiscalNumber: `TINIT-${fiscalCode}`, name: 'Mario', familyName: 'Rossi', dateOfBirth: '1985-12-10', email: 'mario.rossi@example.it' },
    privateKey: devIdpKey,
    certificate: devIdpCert,
    ...spec,
  });
  return Buffer.from(xml, 'utf8').toString('base64');
}

export async function postToAcs(http: App, samlResponse: string, kind: 'spid' | 'cie' | 'eidas' = 'spid') {
  return request(http).post(`/api/auth/${kind}/acs`).type('form').send({ SAMLResponse: samlResponse, RelayState: 'x' });
}

/** The whole browser round trip through the development IdP's pages; returns the session cookie. For eIDAS, `fiscalCode` is the PersonIdentifier. */
export async function loginThroughDevIdp(http: App, fiscalCode: string, opts: { kind?: 'spid' | 'cie' | 'eidas'; app?: 'citizen' | 'operator'; level?: SpidLevel } = {}) {
  const kind = opts.kind ?? 'spid';
  const started = await startLogin(http, opts);
  const page = await request(http).get(started.idpPath);
  if (page.status !== 200) throw new Error(`dev IdP page answered ${page.status}: ${page.text}`);
  const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)?.[1]?.replace(/&amp;/g, '&') ?? '';
  const answer = await request(http)
    .post(`/api/dev-idp/${kind}/respond`)
    .type('form')
    .send({
      SAMLRequest: hidden('SAMLRequest'),
      RelayState: hidden('RelayState'),
      SigAlg: hidden('SigAlg'),
      Signature: hidden('Signature'),
      ...(kind === 'eidas' ? { personIdentifier: fiscalCode } : { fiscalCode }),
      ...(opts.level ? { level: String(opts.level) } : {}),
    });
  if (answer.status !== 200) throw new Error(`dev IdP answer ${answer.status}: ${answer.text}`);
  const samlResponse = /name="SAMLResponse" value="([^"]+)"/.exec(answer.text)?.[1] as string;
  const acs = await postToAcs(http, samlResponse, kind);
  const cookie = ((acs.headers['set-cookie'] as unknown as string[] | undefined) ?? []).find((c) => c.startsWith('opencpi_sid='));
  return { acs, cookie: cookie?.split(';')[0], started, samlResponse };
}

/** A logged-in supertest agent plus its CSRF token. */
export async function loggedInAgent(http: App, fiscalCode: string, opts: { app?: 'citizen' | 'operator'; level?: SpidLevel } = {}) {
  const { cookie, acs } = await loginThroughDevIdp(http, fiscalCode, opts);
  if (!cookie) throw new Error(`login failed: ${acs.status} ${acs.headers['location']}`);
  const session = await request(http).get('/api/auth/session').set('Cookie', cookie);
  return { cookie, csrf: session.body.csrfToken as string };
}
