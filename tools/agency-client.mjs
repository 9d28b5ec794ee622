#!/usr/bin/env node
// Example client of the OpenCPI agency API (`npm run agency:example`): what an accredited agency's software does.
// It gets an access token with a private_key_jwt client assertion (RFC 7523), then walks its people:
// assignments → take in charge → record a service → record an outcome, printing each step.
//
// Configuration (environment):
//   AGENCY_API_URL      the API's base URL (default http://localhost:3000)
//   AGENCY_CLIENT_FILE  JSON { "clientId": "...", "privateJwk": { ...EC/RSA/OKP private JWK with kid... } }
//                       (default .data/agency-demo-client.json, written by `npm run seed`)
//   ASSIGNMENT_ID       the assignment to work on (default: the first one waiting for presa in carico)
// Plain Node (≥ 20) and jose; no other dependency.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importJWK, SignJWT } from 'jose';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = (process.env.AGENCY_API_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const clientFile = process.env.AGENCY_CLIENT_FILE ?? path.join(root, '.data/agency-demo-client.json');
const log = (step, detail) => process.stdout.write(`${step.padEnd(24)} ${detail}\n`);

/** One call of the API: JSON in and out; throws on an unexpected status with the problem's code and detail. */
async function api(method, url, { token, body, form, headers = {}, expect = [200] } = {}) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      ...(method === 'POST' && token ? { 'Idempotency-Key': randomUUID() } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : form ? new URLSearchParams(form).toString() : undefined,
  });
  const text = await res.text();
  const json = text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;
  if (!expect.includes(res.status)) {
    throw new Error(`${method} ${url} → ${res.status} ${json?.code ?? ''} ${json?.error ?? ''} ${json?.detail ?? json?.error_description ?? text}`.trim());
  }
  return { status: res.status, json, etag: res.headers.get('etag'), limit: res.headers.get('x-ratelimit-remaining') };
}

/** The Europe/Rome calendar day, `days` from today. */
function romeDay(days = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() + days * 86_400_000));
}

async function main() {
  const { clientId, privateJwk } = JSON.parse(readFileSync(clientFile, 'utf8'));
  const key = await importJWK(privateJwk, privateJwk.alg ?? 'ES256');

  const status = await api('GET', '/api/agency/v1/status');
  log('1. status', `${status.json.status} ${status.json.title}`);

  // the token URL, which is also the assertion's audience, from the agency API's own OpenAPI document
  const doc = await api('GET', '/api/agency/v1/openapi.json');
  const tokenUrl = doc.json.components.securitySchemes.agencyOAuth.flows.clientCredentials.tokenUrl;
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: privateJwk.alg ?? 'ES256', kid: privateJwk.kid })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(tokenUrl)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('2m')
    .sign(key);
  const grant = await api('POST', '/api/agency/v1/oauth/token', {
    form: {
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: 'people:read services:write',
    },
  });
  const token = grant.json.access_token;
  log('2. token', `${grant.json.token_type}, ${grant.json.expires_in} s, scope "${grant.json.scope}"`);

  const me = await api('GET', '/api/agency/v1/me', { token });
  log('3. me', `${me.json.agencyName} (P.IVA ${me.json.vatNumber}), client ${me.json.clientId}; ${me.limit} requests left this minute`);

  let assignmentId = process.env.ASSIGNMENT_ID;
  if (!assignmentId) {
    const list = await api('GET', '/api/agency/v1/assignments?status=assigned&limit=10', { token });
    log('4. assignments', `${list.json.items.length} waiting for presa in carico`);
    if (list.json.items.length === 0) throw new Error('No assignment waiting: a CPI operator must assign a person to the agency first');
    assignmentId = list.json.items[0].id;
  }
  const read = await api('GET', `/api/agency/v1/assignments/${assignmentId}`, { token });
  log('5. assignment', `${assignmentId} ${read.json.status}, person ${read.json.person.initials}, ETag ${read.etag}`);

  const taken = await api('POST', `/api/agency/v1/assignments/${assignmentId}/take-in-charge`, {
    token,
    body: { takenInChargeOn: romeDay() },
    headers: { 'If-Match': read.etag },
  });
  log('6. take in charge', `${taken.json.status} on ${taken.json.takenInChargeOn}, ETag ${taken.etag}`);

  const codes = await api('GET', '/api/agency/v1/service-codes', { token });
  const code = codes.json.items.find((c) => c.code === 'GOL-ORIENT-BASE') ?? codes.json.items[0];
  const service = await api('POST', `/api/agency/v1/assignments/${assignmentId}/services`, {
    token,
    body: { code: code.code, deliveredOn: romeDay(), durationMinutes: 60, notes: 'Colloquio di orientamento (client di esempio)' },
    expect: [201],
  });
  log('7. service', `${service.json.code}, ${service.json.durationMinutes} min on ${service.json.deliveredOn}`);

  const before = await api('GET', `/api/agency/v1/assignments/${assignmentId}`, { token });
  const outcome = await api('POST', `/api/agency/v1/assignments/${assignmentId}/outcome`, {
    token,
    body: { kind: 'hired', contractType: 'fixed_term', startDate: romeDay(14), employerVatNumber: '02468135799', employerName: 'Officine di esempio S.r.l.' },
    headers: { 'If-Match': before.etag },
  });
  log('8. outcome', `${outcome.json.outcome.kind} (${outcome.json.outcome.contractType}) from ${outcome.json.outcome.startDate}; assignment ${outcome.json.status}`);
}

main().catch((e) => {
  process.stderr.write(`agency-client: ${e.message}\n`);
  process.exit(1);
});
