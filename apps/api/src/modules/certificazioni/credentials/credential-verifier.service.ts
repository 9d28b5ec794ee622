import { Injectable } from '@nestjs/common';
import { verifyJWT } from 'did-jwt';
import { Resolver, type DIDDocument, type DIDResolutionResult, type JsonWebKey } from 'did-resolver';
import type { CredentialCheck, CredentialResult, CredentialVerificationResultResponse } from '@opencpi/contracts';
import type { RequestOrigin } from '../../../platform/auth/request-context';
import { KeyRing } from '../../../platform/keys/key-ring';
import { CredentialsRepository } from './credentials.repository';
import { badgeOf, extractJws, parseJws, type Parsed } from './credential-parsing';
import { IssuerKeyService } from './issuer-key.service';
import { OB3_CONTEXT, VC_CONTEXT_V2 } from './open-badge';
import { StatusListService } from './status-list.service';

const RESULT_OF: Record<CredentialCheck, CredentialResult> = {
  structure: 'invalid',
  context: 'invalid',
  issuer_trust: 'untrusted_issuer',
  signature: 'tampered',
  validity_period: 'expired',
  status: 'revoked',
};

class CheckFailed extends Error {
  constructor(
    readonly check: CredentialCheck,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Verifies an Open Badges 3.0 credential secured as VC-JOSE-COSE (vc+jwt). The signature is checked by did-jwt (not by
 * jose, which signs) against the DID document of a trusted issuer, resolved locally: our own did:web from configuration,
 * other deployments from TRUSTED_ISSUERS_PATH; no network. Checks in order: structure, context, issuer_trust,
 * signature, validity_period, status; the first failure names the result. Every verification is recorded (a keyed hash
 * of the address, nothing else of the verifier).
 */
@Injectable()
export class CredentialVerifierService {
  private readonly resolver: Resolver;

  constructor(
    private readonly issuer: IssuerKeyService,
    private readonly statusLists: StatusListService,
    private readonly repo: CredentialsRepository,
    private readonly keys: KeyRing,
  ) {
    this.resolver = new Resolver({ web: async (did) => this.resolveTrusted(did) });
  }

  /** did:web resolution limited to trusted issuers, from configuration (never over HTTP). */
  private resolveTrusted(did: string): DIDResolutionResult {
    const t = this.issuer.trustedIssuer(did);
    if (!t) return { didResolutionMetadata: { error: 'notFound' }, didDocument: null, didDocumentMetadata: {} };
    const vm = typeof t.publicJwk.kid === 'string' && t.publicJwk.kid.startsWith(`${did}#`) ? t.publicJwk.kid : `${did}#key-1`;
    const didDocument: DIDDocument = {
      id: did,
      verificationMethod: [{ id: vm, type: 'JsonWebKey2020', controller: did, publicKeyJwk: t.publicJwk as unknown as JsonWebKey }],
      assertionMethod: [vm],
    };
    return { didResolutionMetadata: { contentType: 'application/did+json' }, didDocument, didDocumentMetadata: {} };
  }

  async verify(text: string, origin: RequestOrigin, now = new Date()): Promise<CredentialVerificationResultResponse> {
    const passed: CredentialCheck[] = [];
    let parsed: Parsed | null = null;
    let credentialId: string | null = null;
    let failure: CheckFailed | null = null;
    try {
      parsed = this.structure(text);
      passed.push('structure');
      this.context(parsed);
      passed.push('context');
      this.trust(parsed);
      passed.push('issuer_trust');
      await this.signature(parsed);
      passed.push('signature');
      credentialId = await this.ownRecordId(parsed);
      this.validity(parsed, now);
      passed.push('validity_period');
      if (await this.status(parsed)) passed.push('status');
    } catch (e) {
      if (!(e instanceof CheckFailed)) throw e;
      failure = e;
    }
    const result: CredentialResult = failure ? RESULT_OF[failure.check] : 'valid';
    await this.repo.recordVerification({
      credentialId,
      result,
      failedCheck: failure?.check ?? null,
      verifierHash: this.keys.mac('verifier-address', origin.ip ?? 'unknown').toString('hex'),
    });
    return {
      result,
      ...(failure ? { failedCheck: failure.check, reason: failure.reason } : {}),
      checks: [...passed.map((check) => ({ check, passed: true })), ...(failure ? [{ check: failure.check, passed: false }] : [])],
      ...(parsed ? { badge: badgeOf(parsed.payload) } : {}),
      checkedAt: now.toISOString(),
    };
  }

  private structure(text: string): Parsed {
    const jws = extractJws(text);
    if (!jws) throw new CheckFailed('structure', 'no vc+jwt (compact JWS) found in the input');
    const p = parseJws(jws);
    if (typeof p === 'string') throw new CheckFailed('structure', p);
    return p;
  }

  private context({ payload }: Parsed): void {
    const ctx = payload['@context'];
    if (!Array.isArray(ctx) || ctx[0] !== VC_CONTEXT_V2) throw new CheckFailed('context', `@context must start with ${VC_CONTEXT_V2}`);
    if (!ctx.some((c) => c === OB3_CONTEXT || (typeof c === 'string' && /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.0\.\d+)?\.json$/.test(c))))
      throw new CheckFailed('context', 'the Open Badges 3.0 context is missing');
    const type = payload['type'];
    const types = Array.isArray(type) ? type : [type];
    if (!types.includes('VerifiableCredential') || !(types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')))
      throw new CheckFailed('context', 'type must include VerifiableCredential and OpenBadgeCredential');
  }

  private trust({ header, payload, issuerId }: Parsed): void {
    if (!this.issuer.trustedIssuer(issuerId)) throw new CheckFailed('issuer_trust', `issuer ${issuerId} is not a trusted issuer`);
    if (typeof header['kid'] === 'string' && !header['kid'].startsWith(`${issuerId}#`)) throw new CheckFailed('issuer_trust', 'the key id (kid) is not a key of the issuer');
    if (payload['iss'] !== undefined && payload['iss'] !== issuerId) throw new CheckFailed('issuer_trust', 'iss differs from issuer');
  }

  private async signature({ jws }: Parsed): Promise<void> {
    try {
      await verifyJWT(jws, { resolver: this.resolver, proofPurpose: 'assertionMethod' });
    } catch (e) {
      throw new CheckFailed('signature', `signature not valid for the issuer's key (${(e as Error).message.split(':')[0]})`);
    }
  }

  private validity({ payload }: Parsed, now: Date): void {
    const from = Date.parse(String(payload['validFrom'] ?? ''));
    if (Number.isNaN(from)) throw new CheckFailed('validity_period', 'validFrom is not a date');
    if (now.getTime() < from) throw new CheckFailed('validity_period', 'not valid yet (validFrom is in the future)');
    if (payload['validUntil'] !== undefined) {
      const until = Date.parse(String(payload['validUntil']));
      if (Number.isNaN(until) || now.getTime() >= until) throw new CheckFailed('validity_period', 'expired (validUntil is in the past)');
    }
  }

  /** true when a revocation status was checked (and is clear); false when there is none we can check. */
  private async status({ payload }: Parsed): Promise<boolean> {
    const raw = payload['credentialStatus'];
    const entries = (Array.isArray(raw) ? raw : raw ? [raw] : []) as Record<string, unknown>[];
    const entry = entries.find((e) => e?.['type'] === 'BitstringStatusListEntry' && e?.['statusPurpose'] === 'revocation');
    if (!entry) return false;
    const listId = this.statusLists.ownListId(String(entry['statusListCredential'] ?? ''));
    if (listId === null) return false; // another deployment's list: not fetched (no outgoing calls from a public route)
    const set = await this.statusLists.isSet(listId, Number(entry['statusListIndex']));
    if (set === null) throw new CheckFailed('status', 'the status list entry does not exist');
    if (set) throw new CheckFailed('status', 'revoked by the issuer');
    return true;
  }

  private async ownRecordId({ payload, issuerId }: Parsed): Promise<string | null> {
    const m = /^urn:uuid:([0-9a-f-]{36})$/i.exec(String(payload['id'] ?? ''));
    if (issuerId !== this.issuer.did || !m) return null;
    return (await this.repo.byId(m[1]!.toLowerCase()))?.id ?? null;
  }
}
