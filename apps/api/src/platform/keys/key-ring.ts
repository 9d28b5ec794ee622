import { Injectable } from '@nestjs/common';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Env } from '../../config/env';
import { masterKeysOf, SIGNED_TOKEN_PATTERN, type MasterKey } from './master-keys';

export { SIGNED_TOKEN_PATTERN, type MasterKey } from './master-keys';

const HKDF_SALT = 'opencpi-keyring-v1';

/**
 * What a key is for. Each purpose gets its own key, so a key leaked or misused in one place (say, a video room
 * name shown to both parties) says nothing about the others (invitation links, recall links, OTP verifiers).
 */
export type KeyPurpose = 'invitation-link' | 'survey-link' | 'recall-link' | 'video-room' | 'otp-code' | 'webhook-secret' | 'candidate-key' | 'verifier-address';

/**
 * The API's signing keys. One key per purpose, derived with HKDF-SHA256 from a master secret; master secrets
 * are listed by key id (kid) so they can be rotated: the first signs, every listed one verifies, so links
 * already sent keep working until their kid is removed from the list (which revokes them all at once).
 * Every token carries its kid (`<kid>.<mac>`); a token with an unknown kid is refused.
 */
@Injectable()
export class KeyRing {
  private readonly masters: ReadonlyMap<string, string>;
  private readonly derived = new Map<string, Buffer>();
  readonly currentKid: string;

  constructor(env: Env) {
    const keys = masterKeysOf(env);
    this.masters = new Map(keys.map((k) => [k.kid, k.secret]));
    this.currentKid = keys[0]!.kid;
  }

  static of(keys: MasterKey[]): KeyRing {
    return new KeyRing({ MASTER_KEYS: keys.map((k) => `${k.kid}:${k.secret}`).join(','), SESSION_SECRET: '' } as Env);
  }

  /** Key ids that verify, the signing one first. */
  get kids(): string[] {
    return [...this.masters.keys()];
  }

  has(kid: string): boolean {
    return this.masters.has(kid);
  }

  /** The 256-bit key of `purpose` under master `kid` (HKDF-SHA256; info = the purpose). */
  key(purpose: KeyPurpose, kid = this.currentKid): Buffer {
    const id = `${kid}\n${purpose}`;
    let k = this.derived.get(id);
    if (!k) {
      const secret = this.masters.get(kid);
      if (secret === undefined) throw new Error(`unknown key id ${kid}`);
      k = Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, `opencpi:${purpose}`, 32));
      this.derived.set(id, k);
    }
    return k;
  }

  /** HMAC-SHA256 of `message` under the purpose's key of `kid`. */
  mac(purpose: KeyPurpose, message: string, kid = this.currentKid): Buffer {
    return createHmac('sha256', this.key(purpose, kid)).update(message).digest();
  }

  /** A token for `message`: `<kid>.<base64url mac>`, under the current key unless `kid` is given. */
  sign(purpose: KeyPurpose, message: string, kid = this.currentKid): string {
    return `${kid}.${this.mac(purpose, message, kid).toString('base64url')}`;
  }

  /** The kid of a token of this ring's shape whose kid is known; null otherwise (malformed, or kid unknown or retired). */
  kidOf(token: string): string | null {
    if (typeof token !== 'string' || !SIGNED_TOKEN_PATTERN.test(token)) return null;
    const kid = token.slice(0, token.indexOf('.'));
    return this.masters.has(kid) ? kid : null;
  }

  /** True when `token` is `sign(purpose, message)` under any listed kid. Constant time in the mac. */
  verify(purpose: KeyPurpose, message: string, token: string): boolean {
    const kid = this.kidOf(token);
    if (!kid) return false;
    const expected = Buffer.from(this.sign(purpose, message, kid));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
