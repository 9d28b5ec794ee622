import { strToU8 } from 'fflate';
import { attach, detach, entriesMatch, manifestOf, MANIFEST, packBundle, parseManifest, SIGNATURE, unpackBundle } from './bundle';

describe('dossier bundle', () => {
  const entries = { 'dossier.json': strToU8('{"a":1}'), 'files/documents/x/cv.pdf': strToU8('%PDF-1.4') };
  const manifest = manifestOf(entries, { issuer: 'did:web:a', issuerName: 'Regione A', exportId: 'e', createdAt: '2026-12-01T10:00:00.000Z' });

  it('packs and unpacks, the manifest naming every entry by its hash', () => {
    const zip = packBundle(entries, strToU8(JSON.stringify(manifest)), 'h..s');
    const out = unpackBundle(zip)!;
    expect(Object.keys(out).sort()).toEqual(['dossier.json', 'files/documents/x/cv.pdf', MANIFEST, SIGNATURE].sort());
    expect(parseManifest(out[MANIFEST]!)).toEqual(manifest);
    expect(entriesMatch(manifest, out)).toBe(true);
  });

  it('sees one changed byte, a missing entry and an added one', () => {
    const changed = { ...entries, 'dossier.json': strToU8('{"a":2}') };
    expect(entriesMatch(manifest, changed)).toBe(false);
    expect(entriesMatch(manifest, { 'dossier.json': entries['dossier.json'] })).toBe(false);
    expect(entriesMatch(manifest, { ...entries, 'extra.txt': strToU8('x') })).toBe(false);
  });

  it('detaches and re-attaches the payload of a compact JWS', () => {
    const payload = strToU8('{"x":1}');
    const jws = `aGVhZGVy.${Buffer.from(payload).toString('base64url')}.c2ln`;
    expect(detach(jws)).toBe('aGVhZGVy..c2ln');
    expect(attach(detach(jws), payload)).toBe(jws);
    expect(attach(jws, payload)).toBeNull();
    expect(attach('garbage', payload)).toBeNull();
  });

  it('refuses what is not a ZIP, and unsafe paths', () => {
    expect(unpackBundle(strToU8('%PDF-1.4 not a zip'))).toBeNull();
    const evil = packBundle({ '../etc/passwd': strToU8('x') }, strToU8('{}'), 'h..s');
    expect(unpackBundle(evil)).toBeNull();
    expect(parseManifest(strToU8('{"format":"other"}'))).toBeNull();
  });
});
