import { gunzipSync, gzipSync } from 'node:zlib';

/** W3C Bitstring Status List: at least 131,072 entries (16 KB), so an index says nothing about how many were issued. */
export const STATUS_LIST_MIN_SIZE = 131_072;

/** The bitstring with the given indexes set; bit 0 is the most significant bit of the first byte (W3C §4). */
export function bitstringOf(size: number, set: Iterable<number>): Buffer {
  const bits = Buffer.alloc(Math.ceil(size / 8));
  for (const i of set) if (i >= 0 && i < size) bits[i >> 3]! |= 0x80 >> (i & 7);
  return bits;
}

/** encodedList: multibase base64url (prefix 'u', no padding) of the GZIP of the bitstring. */
export function encodeStatusList(bits: Buffer): string {
  return `u${gzipSync(bits).toString('base64url')}`;
}

export function decodeStatusList(encoded: string): Buffer {
  if (!encoded.startsWith('u')) throw new Error('encodedList must be multibase base64url (prefix u)');
  return gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
}

export function bitAt(bits: Buffer, index: number): boolean {
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}
