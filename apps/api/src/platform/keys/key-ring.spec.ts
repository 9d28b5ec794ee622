import { hkdfSync, createHmac } from 'node:crypto';
import { KeyRing } from './key-ring';
import { LEGACY_KID, parseMasterKeys } from './master-keys';

const A = 'a'.repeat(20) + 'first-master-secret';
const B = 'b'.repeat(20) + 'second-master-secret';

describe('key ring', () => {
  it('derives one key per purpose with HKDF-SHA256 from the master secret', () => {
    const ring = KeyRing.of([{ kid: 'k1', secret: A }]);
    const invitation = ring.key('invitation-link');
    expect(invitation).toHaveLength(32);
    expect(invitation.equals(Buffer.from(hkdfSync('sha256', A, 'opencpi-keyring-v1', 'opencpi:invitation-link', 32)))).toBe(true);
    const all = (['invitation-link', 'recall-link', 'video-room', 'otp-code'] as const).map((p) => ring.key(p).toString('hex'));
    expect(new Set(all).size).toBe(4);
    // no key is the master secret itself, nor its plain HMAC (the old scheme)
    expect(all).not.toContain(Buffer.from(A).toString('hex'));
    const token = ring.sign('recall-link', 'recall:x');
    expect(token.split('.')[1]).not.toBe(createHmac('sha256', A).update('recall:x').digest('base64url'));
  });

  it('a token of one purpose does not verify for another', () => {
    const ring = KeyRing.of([{ kid: 'k1', secret: A }]);
    const token = ring.sign('invitation-link', 'm');
    expect(token).toMatch(/^k1\.[A-Za-z0-9_-]{43}$/);
    expect(ring.verify('invitation-link', 'm', token)).toBe(true);
    expect(ring.verify('recall-link', 'm', token)).toBe(false);
    expect(ring.verify('invitation-link', 'other', token)).toBe(false);
  });

  it('after a rotation the new key signs and tokens of the old kid still verify, until it is removed', () => {
    const before = KeyRing.of([{ kid: 'k1', secret: A }]);
    const old = before.sign('recall-link', 'recall:42');
    const rotated = KeyRing.of([
      { kid: 'k2', secret: B },
      { kid: 'k1', secret: A },
    ]);
    expect(rotated.currentKid).toBe('k2');
    expect(rotated.sign('recall-link', 'recall:42')).toMatch(/^k2\./);
    expect(rotated.verify('recall-link', 'recall:42', old)).toBe(true);
    expect(rotated.verify('recall-link', 'recall:42', rotated.sign('recall-link', 'recall:42'))).toBe(true);
    const retired = KeyRing.of([{ kid: 'k2', secret: B }]);
    expect(retired.verify('recall-link', 'recall:42', old)).toBe(false);
  });

  it('refuses an unknown kid, a forged kid on a real mac, and tokens without a kid', () => {
    const ring = KeyRing.of([{ kid: 'k1', secret: A }]);
    const token = ring.sign('invitation-link', 'm');
    const mac = token.split('.')[1]!;
    expect(ring.kidOf(`k9.${mac}`)).toBeNull();
    expect(ring.verify('invitation-link', 'm', `k9.${mac}`)).toBe(false);
    expect(ring.verify('invitation-link', 'm', mac)).toBe(false); // the old format (no kid) is refused
    expect(ring.verify('invitation-link', 'm', `${token}x`)).toBe(false);
    expect(() => ring.key('otp-code', 'k9')).toThrow(/unknown key id/);
  });

  it('reads MASTER_KEYS, or falls back to SESSION_SECRET as kid k0', () => {
    expect(parseMasterKeys(`k2:${B}, k1:${A}`)).toEqual([
      { kid: 'k2', secret: B },
      { kid: 'k1', secret: A },
    ]);
    expect(() => parseMasterKeys('k1:short')).toThrow(/at least 32/);
    expect(() => parseMasterKeys(`K1:${A}`)).toThrow(/key id/);
    expect(() => parseMasterKeys(`k1:${A},k1:${B}`)).toThrow(/once/);
    const legacy = new KeyRing({ SESSION_SECRET: A } as never);
    expect(legacy.currentKid).toBe(LEGACY_KID);
    expect(legacy.kids).toEqual(['k0']);
  });
});
