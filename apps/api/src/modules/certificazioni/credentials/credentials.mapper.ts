import type { CredentialResponse } from '@opencpi/contracts';
import type { CredentialEntity } from '../entities/credential.entity';

/** What CredentialsService returns to other modules (dates as ISO strings). */
export interface IssuedCredential {
  id: string;
  citizenId: string;
  source: { kind: string; id: string };
  name: string;
  achievementName: string;
  issuerDid: string;
  issuedAt: string;
  validFrom: string;
  validUntil: string | null;
  statusListCredential: string;
  statusListIndex: number;
  revokedAt: string | null;
  revokeReason: string | null;
  /** the application/vc+jwt (compact JWS) */
  jwt: string;
  /** the OpenBadgeCredential JSON (the JWS payload) */
  credential: Record<string, unknown>;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function statusListUrlOf(publicApiUrl: string, listId: number): string {
  return `${publicApiUrl.replace(/\/+$/, '')}/api/public/credentials/status/${listId}`;
}

export function toIssuedCredential(c: CredentialEntity, publicApiUrl: string): IssuedCredential {
  return {
    id: c.id,
    citizenId: c.citizenId,
    source: { kind: c.sourceKind, id: c.sourceId },
    name: c.name,
    achievementName: c.achievementName,
    issuerDid: c.issuerDid,
    issuedAt: iso(c.issuedAt),
    validFrom: iso(c.validFrom),
    validUntil: c.validUntil ? iso(c.validUntil) : null,
    statusListCredential: statusListUrlOf(publicApiUrl, c.statusListId),
    statusListIndex: c.statusIndex,
    revokedAt: c.revokedAt ? iso(c.revokedAt) : null,
    revokeReason: c.revokeReason,
    jwt: c.jwt,
    credential: c.credential,
  };
}

export function toCredentialResponse(c: IssuedCredential): CredentialResponse {
  return {
    id: c.id,
    name: c.name,
    achievementName: c.achievementName,
    sourceKind: c.source.kind,
    sourceId: c.source.id,
    issuerDid: c.issuerDid,
    issuedAt: c.issuedAt,
    validFrom: c.validFrom,
    ...(c.validUntil ? { validUntil: c.validUntil } : {}),
    status: c.revokedAt ? 'revoked' : 'valid',
    ...(c.revokedAt ? { revokedAt: c.revokedAt } : {}),
    ...(c.revokeReason ? { revokeReason: c.revokeReason } : {}),
    statusListCredential: c.statusListCredential,
    statusListIndex: c.statusListIndex,
  };
}
