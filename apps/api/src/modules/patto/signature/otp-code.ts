import { timingSafeEqual } from 'node:crypto';
import type { KeyRing } from '../../../platform/keys/key-ring';

/** The address a code went to, masked for the screen. */
export const maskAddress = (channel: 'sms' | 'email', address: string) =>
  channel === 'sms' ? `${address.slice(0, 3)} ••• ••• ${address.slice(-4)}` : address.replace(/^(.)[^@]*(@.*)$/, '$1•••$2');

/**
 * The stored verifier of a code: `<kid>:<hex HMAC>` under the OTP key, cut to the column's 64 characters (at
 * least 55 hex digits, 220 bits). The kid lets a code sent just before a key rotation still be checked.
 * A verifier without a kid (written before the key ring) matches nothing: the person asks for a new code.
 */
export function codeHash(keys: KeyRing, challengeId: string, code: string, kid = keys.currentKid): string {
  return `${kid}:${keys.mac('otp-code', `patto-signature-code\n${challengeId}\n${code}`, kid).toString('hex')}`.slice(0, 64);
}

export function codeMatches(keys: KeyRing, stored: string, challengeId: string, code: string): boolean {
  const kid = stored.slice(0, Math.max(0, stored.indexOf(':')));
  if (!keys.has(kid)) return false;
  const expected = Buffer.from(codeHash(keys, challengeId, code, kid));
  const given = Buffer.from(stored.trimEnd());
  return expected.length === given.length && timingSafeEqual(expected, given);
}
