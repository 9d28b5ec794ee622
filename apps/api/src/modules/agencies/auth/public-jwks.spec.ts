import { generateKeyPairSync } from 'node:crypto';
import { exportJWK, generateKeyPair, generateSecret } from 'jose';
import { checkPublicJwks, keyIdsOf } from './public-jwks';

describe('checkPublicJwks', () => {
  it('accepts public EC, RSA and Ed25519 keys, and names keys without kid by thumbprint', async () => {
    const ec = await exportJWK((await generateKeyPair('ES256')).publicKey);
    const rsa = await exportJWK((await generateKeyPair('RS256', { modulusLength: 2048 })).publicKey);
    const ed = await exportJWK((await generateKeyPair('EdDSA', { crv: 'Ed25519' })).publicKey);
    const res = await checkPublicJwks(JSON.stringify({ keys: [{ ...ec, kid: 'a' }, { ...rsa, kid: 'b' }, ed] }));
    expect(res.ok).toBe(true);
    if (res.ok) expect(await keyIdsOf(res.jwks)).toEqual(['a', 'b', expect.stringMatching(/^thumbprint:[A-Za-z0-9_-]{43}$/)]);
  });

  it('refuses private keys, secrets, duplicates, short RSA keys and non-JSON, with the reason', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const priv = await exportJWK(pair.privateKey);
    expect(await checkPublicJwks(JSON.stringify({ keys: [priv] }))).toEqual({ ok: false, reason: expect.stringContaining('private') });
    const secret = await exportJWK(await generateSecret('HS256', { extractable: true }));
    expect(await checkPublicJwks(JSON.stringify({ keys: [secret] }))).toEqual({ ok: false, reason: expect.stringContaining('private or secret') });
    const pub = await exportJWK(pair.publicKey);
    expect(
      (
        await checkPublicJwks(
          JSON.stringify({
            keys: [
              { ...pub, kid: 'x' },
              { ...pub, kid: 'x' },
            ],
          }),
        )
      ).ok,
    ).toBe(false);
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' });
    expect(await checkPublicJwks(JSON.stringify({ keys: [small] }))).toEqual({ ok: false, reason: expect.stringContaining('2048') });
    expect(await checkPublicJwks('{"keys": [')).toEqual({ ok: false, reason: 'not valid JSON' });
    expect((await checkPublicJwks('{"keys": []}')).ok).toBe(false);
    expect((await checkPublicJwks(JSON.stringify({ keys: [{ ...pub, x: 'AAAA' }] }))).ok).toBe(false);
  });
});
