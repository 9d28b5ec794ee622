import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { createAgency } from '../registry/registry.test-kit';
import { partitaIva } from '../registry/seed/demo-data';
import { TOKEN_URL } from './agencies.test-kit';
import { TokenService } from './auth/token.service';
import { demoClientFile, seedAgenciesDemo } from './seed/agencies-demo-seed';

const SARA = 'RCCSRA75H60E379W'; // region admin
const PAOLO = 'CLMPLA70E20C627O'; // manager, CPI Torino
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const BASE = '/api/operator/accreditation/agencies';

describe('accreditation registry: the region records accreditations, suspends and revokes them, registers and revokes clients', () => {
  let t: TestApp;
  let sara: DirectSession;
  const http = () => t.app.getHttpServer();
  const send = (who: DirectSession, method: 'post' | 'put', url: string, body: object) =>
    request(http())[method](url).set('Cookie', who.cookie).set('X-CSRF-Token', who.csrf).send(body);
  beforeAll(async () => {
    t = await startTestApp();
    sara = await directSession(t.app, SARA, { app: 'operator' });
  });
  afterAll(() => t.close());

  async function newAgency(): Promise<string> {
    const vat = partitaIva(String(1_000_000_000 + Math.floor(Math.random() * 8_999_999_999)));
    return (await createAgency(t, { name: `Agenzia ${vat}`, vatNumber: vat, accreditationCode: `X-${vat}` })).id;
  }
  const accreditation = (number: string) => ({ number, validFrom: '2026-01-01', validUntil: '2028-12-31', serviceCodes: ['GOL-ORIENT-BASE'], officeIds: [], areas: ['TO'] });

  it('lists the region to its admin and managers only, and records an accreditation (audited); numbers are unique', async () => {
    const agencyId = await newAgency();
    const saved = await send(sara, 'put', `${BASE}/${agencyId}/accreditation`, accreditation('PIE-APL-T1'));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ agencyId, accreditation: { number: 'PIE-APL-T1', status: 'active', effective: true, areas: ['TO'] }, clients: [] });
    const audit = (await t.db.query(`SELECT action, actor_fiscal_code AS actor FROM audit.audit_events WHERE resource_id = $1 ORDER BY id`, [agencyId])) as {
      action: string;
      actor: string;
    }[];
    expect(audit).toEqual([{ action: 'agencies.accreditation.created', actor: SARA }]);

    const paolo = await directSession(t.app, PAOLO, { app: 'operator' });
    const list = await request(http()).get(BASE).set('Cookie', paolo.cookie);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { agencyId: string }) => a.agencyId)).toContain(agencyId);
    expect((await send(paolo, 'post', `${BASE}/${agencyId}/accreditation/status`, { status: 'suspended', reason: 'prova' })).status).toBe(403);
    const luca = await directSession(t.app, LUCA, { app: 'operator' });
    expect((await request(http()).get(BASE).set('Cookie', luca.cookie)).status).toBe(403);

    const other = await newAgency();
    const taken = await send(sara, 'put', `${BASE}/${other}/accreditation`, accreditation('PIE-APL-T1'));
    expect([taken.status, taken.body.code, taken.body.errors?.[0]?.pointer]).toEqual([409, 'ACCREDITATION_NUMBER_TAKEN', '/number']);
    const backwards = await send(sara, 'put', `${BASE}/${other}/accreditation`, { ...accreditation('PIE-APL-T2'), validUntil: '2025-12-31' });
    expect([backwards.status, backwards.body.errors?.[0]?.pointer]).toEqual([400, '/validUntil']);
    expect((await send(sara, 'put', `${BASE}/${randomUUID()}/accreditation`, accreditation('PIE-APL-T3'))).status).toBe(404);
  });

  it('registers a client from a pasted JWKS (public keys only); suspension and revocation stop its tokens at once', async () => {
    const agencyId = await newAgency();
    await send(sara, 'put', `${BASE}/${agencyId}/accreditation`, accreditation(`PIE-APL-${agencyId.slice(0, 6)}`)).expect(200);
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1' };
    const leaked = await send(sara, 'post', `${BASE}/${agencyId}/clients`, {
      clientId: 'leaky-client',
      name: 'Gestionale',
      jwks: JSON.stringify({ keys: [await exportJWK(privateKey)] }),
      scopes: ['people:read'],
    });
    expect([leaked.status, leaked.body.code, leaked.body.errors?.[0]?.pointer]).toEqual([400, 'AGENCY_JWKS_INVALID', '/jwks']);

    const clientId = `gestionale-${agencyId.slice(0, 8)}`;
    const registered = await send(sara, 'post', `${BASE}/${agencyId}/clients`, { clientId, name: 'Gestionale', jwks: JSON.stringify({ keys: [jwk] }), scopes: ['people:read'] });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ clientId, name: 'Gestionale', scopes: ['people:read'], keyIds: ['k1'] });
    expect((await send(sara, 'post', `${BASE}/${agencyId}/clients`, { clientId, name: 'Again', jwks: JSON.stringify({ keys: [jwk] }), scopes: ['people:read'] })).status).toBe(409);

    const audience = t.app.get(TokenService).audience;
    const token = async () => {
      const assertion = await new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setIssuer(clientId)
        .setSubject(clientId)
        .setAudience(audience)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime('2m')
        .sign(privateKey);
      return request(http())
        .post(TOKEN_URL)
        .type('form')
        .send({ grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion });
    };
    const bearer = `Bearer ${(await token()).body.access_token}`;
    const me = () => request(http()).get('/api/agency/v1/me').set('Authorization', bearer);
    expect((await me()).status).toBe(200);

    const suspended = await send(sara, 'post', `${BASE}/${agencyId}/accreditation/status`, { status: 'suspended', reason: 'Verifica DURC in corso' });
    expect(suspended.body.accreditation).toMatchObject({ status: 'suspended', effective: false, reason: 'Verifica DURC in corso' });
    expect((await me()).body.code).toBe('AGENCY_ACCREDITATION_SUSPENDED');
    expect((await token()).body.code).toBe('AGENCY_ACCREDITATION_SUSPENDED');
    expect((await send(sara, 'post', `${BASE}/${agencyId}/accreditation/status`, { status: 'suspended', reason: 'di nuovo' })).status).toBe(409);
    expect((await send(sara, 'post', `${BASE}/${agencyId}/accreditation/status`, { status: 'active', reason: 'DURC regolare' })).status).toBe(200);
    expect((await me()).status).toBe(200);

    const revoked = await send(sara, 'post', `${BASE}/${agencyId}/clients/${clientId}/revoke`, {});
    expect([revoked.status, typeof revoked.body.revokedAt]).toEqual([200, 'string']);
    expect((await me()).body.code).toBe('AGENCY_TOKEN_INVALID');

    await send(sara, 'post', `${BASE}/${agencyId}/accreditation/status`, { status: 'revoked', reason: 'Perdita dei requisiti' }).expect(200);
    const final = await send(sara, 'post', `${BASE}/${agencyId}/accreditation/status`, { status: 'active', reason: 'ripensamento' });
    expect([final.status, final.body.code]).toEqual([409, 'ACCREDITATION_REVOKED_FINAL']);
    const trail = (await t.db.query(
      `SELECT action, details->>'to' AS "to", details->>'reason' AS reason FROM audit.audit_events WHERE resource_id = $1 AND action LIKE '%status%' ORDER BY id`,
      [agencyId],
    )) as unknown[];
    expect(trail).toEqual([
      { action: 'agencies.accreditation.status-changed', to: 'suspended', reason: 'Verifica DURC in corso' },
      { action: 'agencies.accreditation.status-changed', to: 'active', reason: 'DURC regolare' },
      { action: 'agencies.accreditation.status-changed', to: 'revoked', reason: 'Perdita dei requisiti' },
    ]);
  });

  it('seeds the demo accreditations and a demo client whose private key file gets a token (idempotent)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'agencies-seed-'));
    try {
      expect(await seedAgenciesDemo(t.db, { root })).toEqual({ accreditations: 2, client: 'created' });
      expect(await seedAgenciesDemo(t.db, { root })).toEqual({ accreditations: 0, client: 'kept' });
      const { clientId, privateJwk } = JSON.parse(readFileSync(demoClientFile(root), 'utf8')) as { clientId: string; privateJwk: JWK & { kid: string } };
      const assertion = await new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid })
        .setIssuer(clientId)
        .setSubject(clientId)
        .setAudience(t.app.get(TokenService).audience)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime('2m')
        .sign(await importJWK(privateJwk, 'ES256'));
      const res = await request(http())
        .post(TOKEN_URL)
        .type('form')
        .send({ grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion });
      expect([res.status, res.body.scope]).toEqual([200, 'people:read services:write vacancies:write candidates:read webhooks:manage']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
