import type { VerifiedBadgeResponse } from '@opencpi/contracts';

export interface Parsed {
  jws: string;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  issuerId: string;
}

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const ENVELOPE = /^data:application\/vc\+jwt,/;

function fromJson(value: unknown, depth = 0): string | null {
  if (depth > 4 || value === null) return null;
  if (typeof value === 'string') {
    const s = value.trim().replace(ENVELOPE, '');
    return JWS.test(s) ? s : null;
  }
  if (typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  // our JSON download { credential, jwt }, an EnvelopedVerifiableCredential { id: 'data:application/vc+jwt,...' }, wallets' { vc | proof.jwt }
  for (const k of ['jwt', 'id', 'credential', 'vc', 'verifiableCredential', 'proof']) {
    const got = k in o ? fromJson(o[k], depth + 1) : null;
    if (got) return got;
  }
  return null;
}

/** The compact JWS in what was pasted or uploaded: the vc+jwt itself, or JSON holding it. */
export function extractJws(text: string): string | null {
  const t = text.trim();
  if (t.startsWith('{') || t.startsWith('"')) {
    try {
      return fromJson(JSON.parse(t));
    } catch {
      return null;
    }
  }
  return fromJson(t);
}

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Header and payload of a vc+jwt, or why it is not one. */
export function parseJws(jws: string): Parsed | string {
  const [h, p] = jws.split('.');
  const header = decodePart(h!);
  const payload = decodePart(p!);
  if (!header || !payload) return 'header or payload is not base64url JSON';
  if (typeof header['alg'] !== 'string' || header['alg'] === 'none') return 'the JWS has no signature algorithm';
  if (header['typ'] !== 'vc+jwt' && header['typ'] !== 'vc+ld+json+jwt') return 'typ must be vc+jwt';
  const issuer = payload['issuer'];
  const issuerId = typeof issuer === 'string' ? issuer : issuer && typeof issuer === 'object' ? (issuer as Record<string, unknown>)['id'] : undefined;
  if (typeof issuerId !== 'string' || !issuerId) return 'the credential has no issuer';
  if (!payload['credentialSubject'] || typeof payload['credentialSubject'] !== 'object') return 'the credential has no credentialSubject';
  return { jws, header, payload, issuerId };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length <= 4000 ? v : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** What the credential says about itself, for the verification page (as stated; confirmed only when the result is valid). */
export function badgeOf(payload: Record<string, unknown>): VerifiedBadgeResponse {
  const issuer = payload['issuer'];
  const subject = obj(Array.isArray(payload['credentialSubject']) ? payload['credentialSubject'][0] : payload['credentialSubject']);
  const achievement = obj(subject['achievement']);
  const alignments = (Array.isArray(achievement['alignment']) ? achievement['alignment'] : []).slice(0, 50).map(obj);
  const out: VerifiedBadgeResponse = { alignments: [] };
  const put = (k: keyof Omit<VerifiedBadgeResponse, 'alignments'>, v: unknown) => {
    const s = str(v);
    if (s !== undefined) out[k] = s;
  };
  put('name', payload['name']);
  put('description', payload['description']);
  put('issuerId', typeof issuer === 'string' ? issuer : obj(issuer)['id']);
  put('issuerName', obj(issuer)['name']);
  put('achievementName', achievement['name']);
  put('achievementDescription', achievement['description']);
  put('criteria', obj(achievement['criteria'])['narrative']);
  put('validFrom', payload['validFrom']);
  put('validUntil', payload['validUntil']);
  for (const a of alignments) {
    const targetName = str(a['targetName']);
    const targetUrl = str(a['targetUrl']);
    if (!targetName || !targetUrl) continue;
    out.alignments.push({
      targetName,
      targetUrl,
      ...(str(a['targetCode']) ? { targetCode: str(a['targetCode'])! } : {}),
      ...(str(a['targetFramework']) ? { targetFramework: str(a['targetFramework'])! } : {}),
    });
  }
  return out;
}
