import { calculateJwkThumbprint, importJWK, type JSONWebKeySet, type JWK } from 'jose';

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
const DEFAULT_ALG: Record<string, string> = { 'EC:P-256': 'ES256', 'EC:P-384': 'ES384', 'OKP:Ed25519': 'EdDSA', RSA: 'RS256' };
const MAX_KEYS = 10;

/** Why a pasted key set cannot be registered, or the set to store (public keys only). */
export type JwksCheck = { ok: true; jwks: JSONWebKeySet } | { ok: false; reason: string };

/**
 * Checks a JWKS an agency registers: JSON `{ "keys": [...] }`, 1 to 10 keys, each an asymmetric public key that jose
 * can import (EC P-256/P-384, RSA of at least 2048 bits, Ed25519), no private member, distinct `kid`s.
 */
export async function checkPublicJwks(text: string): Promise<JwksCheck> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const keys = (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0 || keys.length > MAX_KEYS) return { ok: false, reason: `expected {"keys": [...]} with 1 to ${MAX_KEYS} keys` };
  const kids = new Set<string>();
  for (const [i, raw] of keys.entries()) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: `key ${i} is not an object` };
    const jwk = raw as JWK;
    if (PRIVATE_MEMBERS.some((m) => m in jwk)) return { ok: false, reason: `key ${i} contains private or secret material: register public keys only` };
    const alg = jwk.alg ?? DEFAULT_ALG[jwk.kty === 'RSA' ? 'RSA' : `${jwk.kty}:${jwk.crv}`];
    if (!alg) return { ok: false, reason: `key ${i}: unsupported key type ${jwk.kty ?? '?'}` };
    if (jwk.kty === 'RSA' && typeof jwk.n === 'string' && Buffer.from(jwk.n, 'base64url').length < 256) return { ok: false, reason: `key ${i}: RSA keys need at least 2048 bits` };
    try {
      await importJWK(jwk, alg);
    } catch {
      return { ok: false, reason: `key ${i} is not a valid ${jwk.kty ?? ''} public key` };
    }
    if (jwk.kid !== undefined) {
      if (typeof jwk.kid !== 'string' || kids.has(jwk.kid)) return { ok: false, reason: `key ${i}: kid must be a string, distinct from the others` };
      kids.add(jwk.kid);
    }
  }
  return { ok: true, jwks: { keys: keys as JWK[] } };
}

/** How the registry names each key: its kid, else its RFC 7638 thumbprint. */
export function keyIdsOf(jwks: JSONWebKeySet): Promise<string[]> {
  return Promise.all(jwks.keys.map(async (k) => k.kid ?? `thumbprint:${await calculateJwkThumbprint(k)}`));
}
