import { Injectable, type OnModuleInit } from '@nestjs/common';
import { createPrivateKey, sign as nodeSign } from 'node:crypto';
import { CompactSign, compactVerify, decodeProtectedHeader, importJWK, type JWK, type KeyLike } from 'jose';
import { Env } from '../../../config/env';
import { didWebOf, loadIssuerJwk, loadTrustedIssuers, publicPartOf, type TrustedIssuer } from './issuer-key';

export type { TrustedIssuer } from './issuer-key';
export type JwsCheck = { ok: true; issuerDid: string; header: Record<string, unknown>; payload: Uint8Array } | { ok: false; reason: 'structure' | 'issuer_trust' | 'signature' };

/**
 * The body's issuer key (ES256, P-256) and its did:web: signs credentials, status lists and (portability) dossier
 * bundles. Loaded at first use (generated outside production, see issuer-key.ts); the private key never leaves.
 */
@Injectable()
export class IssuerKeyService implements OnModuleInit {
  readonly alg = 'ES256' as const;
  readonly did: string;
  readonly kid: string;
  private jwk: JWK | null = null;
  private key: KeyLike | Uint8Array | null = null;
  private trusted: TrustedIssuer[] | null = null;

  constructor(private readonly env: Env) {
    this.did = didWebOf(env.ISSUER_BASE_URL ?? env.PUBLIC_API_URL);
    this.kid = `${this.did}#key-1`;
  }

  /** Production: a missing or malformed key file, or a bad trusted-issuers file, stops the start (not the first badge). */
  onModuleInit(): void {
    if (this.env.NODE_ENV !== 'production') return;
    this.privateJwk();
    this.trustedIssuers();
  }

  private privateJwk(): JWK {
    this.jwk ??= loadIssuerJwk(this.env);
    return this.jwk;
  }

  private async signingKey(): Promise<KeyLike | Uint8Array> {
    this.key ??= await importJWK(this.privateJwk(), 'ES256');
    return this.key;
  }

  publicJwk(): JWK {
    return { ...publicPartOf(this.privateJwk()), kid: this.kid, alg: 'ES256', use: 'sig' };
  }

  /** Served at GET /.well-known/did.json (did:web resolution). */
  didDocument(): Record<string, unknown> {
    return {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
      id: this.did,
      verificationMethod: [{ id: this.kid, type: 'JsonWebKey2020', controller: this.did, publicKeyJwk: this.publicJwk() }],
      assertionMethod: [this.kid],
      authentication: [this.kid],
    };
  }

  /** Compact JWS, ES256, kid = did#key-1; a JSON value is serialised as is. */
  async signJws(payload: Uint8Array | string | Record<string, unknown>, header: Record<string, string> = {}): Promise<string> {
    const bytes = payload instanceof Uint8Array ? payload : new TextEncoder().encode(typeof payload === 'string' ? payload : JSON.stringify(payload));
    return new CompactSign(bytes).setProtectedHeader({ ...header, alg: 'ES256', kid: this.kid }).sign(await this.signingKey());
  }

  /** Raw ES256 signature (IEEE P1363: r || s, 64 bytes) over the bytes. */
  async signBytes(bytes: Uint8Array): Promise<Buffer> {
    const key = createPrivateKey({ key: this.privateJwk() as import('node:crypto').JsonWebKey, format: 'jwk' });
    return nodeSign('sha256', bytes, { key, dsaEncoding: 'ieee-p1363' });
  }

  /** Ourselves first, then the configured other deployments. */
  trustedIssuers(): TrustedIssuer[] {
    this.trusted ??= loadTrustedIssuers(this.env.TRUSTED_ISSUERS_PATH);
    return [{ did: this.did, name: this.env.ORG_NAME, publicJwk: this.publicJwk() }, ...this.trusted.filter((t) => t.did !== this.did)];
  }

  trustedIssuer(did: string): TrustedIssuer | null {
    return this.trustedIssuers().find((t) => t.did === did) ?? null;
  }

  /** A compact JWS checked against the trusted issuer its kid (`did#...`) names. Never throws. */
  async verifyJws(jws: string): Promise<JwsCheck> {
    let header: Record<string, unknown>;
    try {
      header = decodeProtectedHeader(jws) as Record<string, unknown>;
    } catch {
      return { ok: false, reason: 'structure' };
    }
    const did = typeof header['kid'] === 'string' ? header['kid'].split('#')[0]! : '';
    const issuer = this.trustedIssuer(did);
    if (!issuer) return { ok: false, reason: 'issuer_trust' };
    try {
      const alg = typeof header['alg'] === 'string' ? header['alg'] : 'ES256';
      const { payload } = await compactVerify(jws, await importJWK(issuer.publicJwk, alg), { algorithms: ['ES256', 'EdDSA'] });
      return { ok: true, issuerDid: did, header, payload };
    } catch {
      return { ok: false, reason: 'signature' };
    }
  }
}
