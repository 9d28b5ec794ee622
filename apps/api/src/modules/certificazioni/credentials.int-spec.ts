import { verifyJWT } from 'did-jwt';
import { Resolver } from 'did-resolver';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { ANNA, LUCA, MARIO } from '../patto/patto.test-kit';
import { citizenIdOf } from '../registry/registry.test-kit';
import { IssuerKeyService } from './credentials/issuer-key.service';
import { issueTestBadge } from './credentials.test-kit';

const OTHER_DID = 'did:web:cpi.altra-regione.example';
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** a JSON value read loosely (the tests walk into credentials) */
type Loose = { [k: string]: Loose } & Loose[] & string;
const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, Loose>;

/**
 * Open Badges 3.0 credentials (issue 15) through HTTP on real PostgreSQL: issued as vc+jwt by the body's did:web key,
 * verified by did-jwt (not jose, which signs), each failure named by its check; the Bitstring Status List decoded with
 * a plain gunzip; revocation at the desk; the citizen's list and downloads; the trusted issuers of other deployments.
 */
describe('certificazioni: Open Badges 3.0 credentials', () => {
  let t: TestApp;
  let mario: DirectSession;
  let luca: DirectSession;
  let anna: DirectSession;
  let other: { sign: (payload: object, kid?: string) => Promise<string> };
  let address = 0;
  const from = () => `198.51.100.${++address}`;
  const http = () => t.app.getHttpServer();
  const post = (a: DirectSession, url: string, body?: object) => request(http()).post(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const get = (a: DirectSession, url: string) => request(http()).get(url).set('Cookie', a.cookie);
  const verify = (credential: string, ip = from()) => request(http()).post('/api/public/credentials/verify').set('X-Forwarded-For', ip).send({ credential });

  beforeAll(async () => {
    // another deployment, trusted by configuration
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const dir = mkdtempSync(path.join(tmpdir(), 'trusted-'));
    writeFileSync(path.join(dir, 'trusted.json'), JSON.stringify([{ did: OTHER_DID, name: 'Regione Altra', publicJwk: await exportJWK(publicKey) }]));
    other = {
      sign: (payload, kid = `${OTHER_DID}#key-1`) =>
        new CompactSign(Buffer.from(JSON.stringify(payload))).setProtectedHeader({ alg: 'ES256', typ: 'vc+jwt', kid }).sign(privateKey),
    };
    t = await startTestApp({ TRUST_PROXY: 'true', RATE_LIMIT_SENSITIVE_PER_MINUTE: '8', TRUSTED_ISSUERS_PATH: path.join(dir, 'trusted.json') });
    mario = await directSession(t.app, MARIO);
    luca = await directSession(t.app, LUCA);
    anna = await directSession(t.app, ANNA);
  }, 60_000);
  afterAll(() => t.close());

  it('issues an OpenBadgeCredential as vc+jwt under the did:web, whose DID document is served at the root; did-jwt verifies it', async () => {
    const badge = await issueTestBadge(t.app, MARIO, LUCA);
    const did = t.app.get(IssuerKeyService).did;
    expect(did).toBe('did:web:localhost%3A3000');
    const [header] = badge.jwt.split('.').map((p, i) => (i < 2 ? JSON.parse(Buffer.from(p, 'base64url').toString()) : p));
    expect(header).toMatchObject({ alg: 'ES256', typ: 'vc+jwt', kid: `${did}#key-1` });
    const vc = decode(badge.jwt);
    expect(vc['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(vc).toMatchObject({
      id: `urn:uuid:${badge.id}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: did, type: ['Profile'], name: t.env.ORG_NAME },
      credentialSubject: { type: ['AchievementSubject'], achievement: { type: ['Achievement'], name: 'Gestione del magazzino', criteria: { narrative: expect.any(String) } } },
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(badge.statusListIndex),
        statusListCredential: badge.statusListCredential,
      },
    });
    expect(vc['credentialSubject']!.achievement!.alignment![0]).toMatchObject({ type: ['Alignment'], targetName: 'Addetto alla logistica', targetCode: 'Q-1' });
    // the fiscal code only hashed with a salt (OB 3.0 IdentityObject)
    const identity = vc['credentialSubject']!.identifier![0];
    expect(identity).toMatchObject({ type: 'IdentityObject', hashed: true, identityType: 'nationalIdentityNumber', identityHash: expect.stringMatching(/^sha256\$[0-9a-f]{64}$/) });
    expect(badge.jwt).not.toContain(MARIO);
    expect(JSON.stringify(vc)).not.toContain(MARIO);

    const didDoc = await request(http()).get('/.well-known/did.json');
    expect(didDoc.status).toBe(200);
    expect(didDoc.headers['content-type']).toMatch(/application\/did\+json/);
    expect(didDoc.body).toMatchObject({ id: did, assertionMethod: [`${did}#key-1`], verificationMethod: [{ id: `${did}#key-1`, publicKeyJwk: { kty: 'EC', crv: 'P-256' } }] });
    expect(didDoc.body.verificationMethod[0].publicKeyJwk).not.toHaveProperty('d');
    // the test's own did-jwt check, with the document as served over HTTP
    const resolver = new Resolver({ web: async () => ({ didDocument: didDoc.body, didDocumentMetadata: {}, didResolutionMetadata: {} }) });
    expect((await verifyJWT(badge.jwt, { resolver, proofPurpose: 'assertionMethod' })).issuer).toBe(did);

    const checked = await verify(badge.jwt);
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ result: 'valid', badge: { name: 'Gestione del magazzino', issuerId: did, achievementName: 'Gestione del magazzino' } });
    expect(checked.body.checks.map((c: { check: string }) => c.check)).toEqual(['structure', 'context', 'issuer_trust', 'signature', 'validity_period', 'status']);
    expect(checked.body).not.toHaveProperty('failedCheck');
    const rows = await t.db.query(`SELECT credential_id, result, failed_check, verifier_hash FROM certificazioni.credential_verifications WHERE credential_id = $1`, [badge.id]);
    expect(rows).toEqual([{ credential_id: badge.id, result: 'valid', failed_check: null, verifier_hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    // the JSON download form is accepted too
    expect((await verify(JSON.stringify({ credential: vc, jwt: badge.jwt }))).body.result).toBe('valid');
  });

  it('names the failed check: a changed field, a wrong key, an unknown issuer, a missing context, garbage', async () => {
    const badge = await issueTestBadge(t.app, MARIO, LUCA);
    const [h, p, s] = badge.jwt.split('.');
    const changed = JSON.parse(JSON.stringify(decode(badge.jwt)).replaceAll('Gestione del magazzino', 'Ingegneria aerospaziale')) as object;
    const tampered = await verify(`${h}.${b64(changed)}.${s}`);
    expect(tampered.body).toMatchObject({ result: 'tampered', failedCheck: 'signature', badge: { achievementName: 'Ingegneria aerospaziale' } });
    expect(tampered.body.checks).toEqual([
      { check: 'structure', passed: true },
      { check: 'context', passed: true },
      { check: 'issuer_trust', passed: true },
      { check: 'signature', passed: false },
    ]);
    expect(p).toBeTruthy();

    const did = t.app.get(IssuerKeyService).did;
    const forged = await other.sign(decode(badge.jwt), `${did}#key-1`); // our DID and kid, someone else's key
    expect((await verify(forged)).body).toMatchObject({ result: 'tampered', failedCheck: 'signature' });

    const stranger = { ...decode(badge.jwt), issuer: { id: 'did:web:evil.example', type: ['Profile'], name: 'Evil' }, iss: 'did:web:evil.example' };
    expect((await verify(await other.sign(stranger, 'did:web:evil.example#key-1'))).body).toMatchObject({ result: 'untrusted_issuer', failedCheck: 'issuer_trust' });

    const noOb = { ...decode(badge.jwt), '@context': ['https://www.w3.org/ns/credentials/v2'] };
    const signedNoOb = await t.app.get(IssuerKeyService).signJws(noOb, { typ: 'vc+jwt' });
    expect((await verify(signedNoOb)).body).toMatchObject({ result: 'invalid', failedCheck: 'context' });
    expect((await verify('not a credential')).body).toMatchObject({ result: 'invalid', failedCheck: 'structure', checks: [{ check: 'structure', passed: false }] });
    expect((await verify('')).status).toBe(400);
    const misses = await t.db.query(`SELECT result, failed_check FROM certificazioni.credential_verifications WHERE credential_id IS NULL ORDER BY at`);
    expect(misses.map((r: { failed_check: string }) => r.failed_check)).toEqual(expect.arrayContaining(['signature', 'issuer_trust', 'context', 'structure']));
  });

  it('accepts a credential of a trusted other deployment (configured key), not its forgery', async () => {
    const vc: Record<string, unknown> = {
      ...decode((await issueTestBadge(t.app, MARIO, LUCA)).jwt),
      issuer: { id: OTHER_DID, type: ['Profile'], name: 'Regione Altra' },
      iss: OTHER_DID,
    };
    vc['credentialStatus'] = { ...(vc['credentialStatus'] as object), statusListCredential: 'https://cpi.altra-regione.example/status/1' };
    const ok = await verify(await other.sign(vc));
    expect(ok.body).toMatchObject({ result: 'valid', badge: { issuerName: 'Regione Altra' } });
    expect(ok.body.checks.map((c: { check: string }) => c.check)).not.toContain('status'); // another deployment's list is not fetched
    const wrongKey = await t.app.get(IssuerKeyService).signJws(vc, { typ: 'vc+jwt' }); // kid names our DID: not the issuer's key
    expect((await verify(wrongKey)).body).toMatchObject({ result: 'untrusted_issuer', failedCheck: 'issuer_trust' });
  });

  it('an expired credential is reported by its validity period', async () => {
    const badge = await issueTestBadge(t.app, MARIO, LUCA, { validFrom: new Date('2024-01-01T00:00:00Z'), validUntil: new Date('2025-01-01T00:00:00Z') });
    expect(decode(badge.jwt)).toMatchObject({ validFrom: '2024-01-01T00:00:00Z', validUntil: '2025-01-01T00:00:00Z' });
    expect((await verify(badge.jwt)).body).toMatchObject({ result: 'expired', failedCheck: 'validity_period', reason: expect.stringMatching(/validUntil/) });
  });

  it('an operator of the office revokes: the status list (plain gunzip) has the bit set and the verification says revoked', async () => {
    const badge = await issueTestBadge(t.app, MARIO, LUCA);
    const marioId = await citizenIdOf(t, MARIO);
    const bitOf = async () => {
      const res = await request(http()).get(new URL(badge.statusListCredential).pathname);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/vc\+jwt/);
      const list = decode(res.text);
      expect(list).toMatchObject({
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' },
      });
      const encoded = String(list['credentialSubject']!.encodedList);
      expect(encoded[0]).toBe('u');
      const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
      expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
      return (bits[badge.statusListIndex >> 3]! >> (7 - (badge.statusListIndex % 8))) & 1;
    };
    expect(await bitOf()).toBe(0);
    expect((await get(anna, `/api/operator/certificazioni/citizens/${marioId}/credentials`)).status).toBe(404);
    expect((await post(anna, `/api/operator/certificazioni/credentials/${badge.id}/revoke`, { reason: 'prova di revoca' })).body.code).toBe('CREDENTIAL_NOT_FOUND');
    expect((await post(luca, `/api/operator/certificazioni/credentials/${badge.id}/revoke`, { reason: 'x' })).status).toBe(400);
    const listed = await get(luca, `/api/operator/certificazioni/citizens/${marioId}/credentials`);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(badge.id);
    const revoked = await post(luca, `/api/operator/certificazioni/credentials/${badge.id}/revoke`, { reason: 'Valutazione annullata' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: badge.id, status: 'revoked', revokeReason: 'Valutazione annullata' });
    expect((await post(luca, `/api/operator/certificazioni/credentials/${badge.id}/revoke`, { reason: 'di nuovo' })).body.code).toBe('CREDENTIAL_ALREADY_REVOKED');
    expect(await bitOf()).toBe(1);
    expect((await verify(badge.jwt)).body).toMatchObject({ result: 'revoked', failedCheck: 'status' });
    const audit = await t.db.query(`SELECT action FROM audit.audit_events WHERE resource_id = $1`, [badge.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['certificazioni.credential.issued', 'certificazioni.credential.revoked']));
    await expect(t.db.query(`UPDATE certificazioni.credentials SET revoked_at = NULL, revoked_by = NULL, revoke_reason = NULL WHERE id = $1`, [badge.id])).rejects.toThrow(
      /revoked and stays so/,
    );
    expect((await request(http()).get('/api/public/credentials/status/999999')).body.code).toBe('CREDENTIAL_STATUS_LIST_NOT_FOUND');
  });

  it('the citizen lists their credentials and downloads one as .jwt and as JSON (audited); not someone else’s', async () => {
    const badge = await issueTestBadge(t.app, MARIO, LUCA);
    const mine = await get(mario, '/api/citizen/certificazioni/credentials');
    expect(mine.status).toBe(200);
    expect(mine.body.items.find((c: { id: string }) => c.id === badge.id)).toMatchObject({ name: 'Gestione del magazzino', status: 'valid', issuerDid: badge.issuerDid });
    const jwt = await get(mario, `/api/citizen/certificazioni/credentials/${badge.id}/download`);
    expect(jwt.status).toBe(200);
    expect(jwt.headers['content-type']).toMatch(/application\/vc\+jwt/);
    expect(jwt.headers['content-disposition']).toMatch(/\.jwt"$/);
    expect(jwt.text).toBe(badge.jwt);
    const json = await get(mario, `/api/citizen/certificazioni/credentials/${badge.id}/download?format=json`);
    expect(json.headers['content-disposition']).toMatch(/\.json"$/);
    expect(JSON.parse(json.text)).toMatchObject({ jwt: badge.jwt, credential: { id: `urn:uuid:${badge.id}` } });
    expect((await get(anna, `/api/citizen/certificazioni/credentials/${badge.id}/download`)).status).toBe(404);
    expect((await get(mario, `/api/citizen/certificazioni/credentials/${badge.id}/download?format=pdf`)).status).toBe(400);
    const audit = await t.db.query(`SELECT action FROM audit.audit_events WHERE subject_fiscal_code = $1 AND action LIKE 'certificazioni.credential.%'`, [MARIO]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['certificazioni.credential.list', 'certificazioni.credential.download']));
  });

  it('is idempotent per source and rate limits the public check per address', async () => {
    const first = await issueTestBadge(t.app, MARIO, LUCA, { source: { kind: 'test', id: 'same-source' } });
    const again = await issueTestBadge(t.app, MARIO, LUCA, { source: { kind: 'test', id: 'same-source' } });
    expect(again.id).toBe(first.id);
    const ip = from();
    const codes: number[] = [];
    for (let i = 0; i < 10; i++) codes.push((await verify('x', ip)).status);
    expect(codes).toContain(429);
  });
});
