import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { extractJws, parseJws } from './credential-parsing';
import { didWebOf, publicPartOf } from './issuer-key';
import { hashedIdentity } from './open-badge';
import { bitAt, bitstringOf, decodeStatusList, encodeStatusList, STATUS_LIST_MIN_SIZE } from './status-list';

describe('Bitstring Status List', () => {
  it('sets bit i as the most significant bit first, gzips and multibase-encodes it (prefix u)', () => {
    const bits = bitstringOf(STATUS_LIST_MIN_SIZE, [0, 9, STATUS_LIST_MIN_SIZE - 1]);
    expect(bits.length).toBe(16_384);
    expect(bits[0]).toBe(0x80);
    expect(bits[1]).toBe(0x40);
    expect(bits[16_383]).toBe(0x01);
    const encoded = encodeStatusList(bits);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    expect(gunzipSync(Buffer.from(encoded.slice(1), 'base64url')).equals(bits)).toBe(true);
    const back = decodeStatusList(encoded);
    expect([0, 1, 8, 9, 10, STATUS_LIST_MIN_SIZE - 1].map((i) => bitAt(back, i))).toEqual([true, false, false, true, false, true]);
  });
});

describe('issuer key helpers', () => {
  it('derives did:web from the origin (port percent-encoded) and strips private JWK members', () => {
    expect(didWebOf('http://localhost:3000')).toBe('did:web:localhost%3A3000');
    expect(didWebOf('https://cpi.regione.example.it/')).toBe('did:web:cpi.regione.example.it');
    expect(publicPartOf({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'secret' })).toEqual({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y' });
  });

  it('hashes the identity with its salt (OB 3.0: sha256$hex)', () => {
    const id = hashedIdentity('RSSMRA85T10L219G', 'salt');
    expect(id.identityHash).toBe('sha256$' + createHash('sha256').update('RSSMRA85T10L219Gsalt').digest('hex'));
  });
});

describe('credential parsing', () => {
  const jws = (h: object, p: object) => `${Buffer.from(JSON.stringify(h)).toString('base64url')}.${Buffer.from(JSON.stringify(p)).toString('base64url')}.c2ln`;
  const good = jws({ alg: 'ES256', typ: 'vc+jwt' }, { issuer: { id: 'did:web:x' }, credentialSubject: {} });

  it('finds the vc+jwt alone, in JSON, or enveloped as a data: URL', () => {
    expect(extractJws(`  ${good}\n`)).toBe(good);
    expect(extractJws(JSON.stringify({ credential: { id: 'urn:uuid:1' }, jwt: good }))).toBe(good);
    expect(extractJws(JSON.stringify({ type: 'EnvelopedVerifiableCredential', id: `data:application/vc+jwt,${good}` }))).toBe(good);
    expect(extractJws('{ not json')).toBeNull();
  });

  it('refuses alg none, another typ, a missing issuer', () => {
    expect(parseJws(good)).toMatchObject({ issuerId: 'did:web:x' });
    expect(parseJws(jws({ alg: 'none', typ: 'vc+jwt' }, { issuer: 'did:web:x', credentialSubject: {} }))).toMatch(/algorithm/);
    expect(parseJws(jws({ alg: 'ES256', typ: 'JWT' }, { issuer: 'did:web:x', credentialSubject: {} }))).toMatch(/typ/);
    expect(parseJws(jws({ alg: 'ES256', typ: 'vc+jwt' }, { credentialSubject: {} }))).toMatch(/issuer/);
  });
});
