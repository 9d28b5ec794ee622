import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JWK } from 'jose';

export interface IssuerKeyConfig {
  NODE_ENV: 'development' | 'test' | 'production';
  ISSUER_JWK_PATH?: string | undefined;
  ISSUER_DEV_PATH?: string | undefined;
  PUBLIC_API_URL: string;
  ISSUER_BASE_URL?: string | undefined;
  TRUSTED_ISSUERS_PATH?: string | undefined;
}

/** Another deployment whose credentials (and dossier bundles) we accept. */
export interface TrustedIssuer {
  did: string;
  name: string;
  publicJwk: JWK;
}

/** The private part of a JWK: never served, never logged. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

export function publicPartOf(jwk: JWK): JWK {
  const out: Record<string, unknown> = { ...jwk };
  for (const k of PRIVATE_MEMBERS) delete out[k];
  return out as unknown as JWK;
}

function checkP256(jwk: JWK, where: string): JWK {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y || !jwk.d)
    throw new Error(`${where}: the issuer key must be a private EC P-256 JWK (kty EC, crv P-256, x, y, d)`);
  return jwk;
}

export function generateIssuerJwk(): JWK {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ format: 'jwk' }) as JWK;
}

/**
 * The issuer's private JWK. ISSUER_JWK_PATH (production: required, config/env.ts); otherwise a development key generated
 * at first use and kept at ISSUER_DEV_PATH (default `.data/issuer/development-issuer.jwk.json`, git-ignored) so later
 * starts reuse it and credentials issued in development keep verifying; tests get a fresh in-memory one.
 */
export function loadIssuerJwk(cfg: IssuerKeyConfig): JWK {
  if (cfg.ISSUER_JWK_PATH) return checkP256(JSON.parse(readFileSync(cfg.ISSUER_JWK_PATH, 'utf8')) as JWK, 'ISSUER_JWK_PATH');
  if (cfg.NODE_ENV === 'production') throw new Error('ISSUER_JWK_PATH is required in production');
  if (cfg.NODE_ENV === 'test') return generateIssuerJwk();
  const file = cfg.ISSUER_DEV_PATH ?? '.data/issuer/development-issuer.jwk.json';
  if (existsSync(file)) return checkP256(JSON.parse(readFileSync(file, 'utf8')) as JWK, file);
  const jwk = generateIssuerJwk();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

/** did:web of an origin: host, and port percent-encoded (`http://localhost:3000` → `did:web:localhost%3A3000`); a path adds `:` segments. */
export function didWebOf(baseUrl: string): string {
  const u = new URL(baseUrl);
  const path = u.pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(u.host), ...path].join(':');
}

/** The configured other deployments (TRUSTED_ISSUERS_PATH), checked: a did:web and a public JWK each, no private parts. */
export function loadTrustedIssuers(path: string | undefined): TrustedIssuer[] {
  if (!path) return [];
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error('TRUSTED_ISSUERS_PATH: the file must hold a JSON array');
  return raw.map((e: unknown, i) => {
    const o = e as Partial<TrustedIssuer>;
    if (typeof o?.did !== 'string' || !o.did.startsWith('did:') || typeof o.publicJwk !== 'object' || o.publicJwk === null)
      throw new Error(`TRUSTED_ISSUERS_PATH: entry ${i} needs "did" (a DID) and "publicJwk"`);
    return { did: o.did, name: typeof o.name === 'string' ? o.name : o.did, publicJwk: publicPartOf(o.publicJwk) };
  });
}
