import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; // RFC 4648 base32

/** A fresh verification code: 10 random bytes (80 bits) as 16 base32 characters. */
export function newVerificationCode(bytes: Buffer = randomBytes(10)): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** As typed or read by a person (lower case, spaces, dashes): the stored form, or null when it cannot be one. */
export function normaliseCode(input: string): string | null {
  const c = input.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z2-7]{16}$/.test(c) ? c : null;
}

/** As printed: XXXX-XXXX-XXXX-XXXX. */
export const groupCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code;
