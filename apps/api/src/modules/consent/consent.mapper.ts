import type { ConsentAccessResponse, ConsentGrantResponse, ConsentState } from '@opencpi/contracts';
import type { AuditTrailRow } from '../../platform/audit/audit.service';
import { addDays, romeParts } from '../../platform/time/rome-time';
import type { AgencyRef } from '../registry/registry.service';
import type { ConsentGrantEntity } from './entities/consent-grant.entity';

/** The role the agency API writes in the audit trail for each read by an agency's software. */
export const AGENCY_CLIENT_ROLE = 'agency_client';

export function grantState(g: Pick<ConsentGrantEntity, 'validFrom' | 'validUntil' | 'revokedAt'>, now: Date): ConsentState {
  if (g.revokedAt) return 'revoked';
  if (now < g.validFrom) return 'scheduled';
  return now >= g.validUntil ? 'expired' : 'active';
}

export function toGrantResponse(g: ConsentGrantEntity, agency: AgencyRef | undefined, now: Date): ConsentGrantResponse {
  return {
    id: g.id,
    agencyId: g.agencyId,
    agencyName: agency?.name ?? '',
    part: g.part,
    purpose: g.purpose,
    ...(g.purposeText ? { purposeText: g.purposeText } : {}),
    validFrom: romeParts(g.validFrom).date,
    validUntil: addDays(romeParts(g.validUntil).date, -1),
    source: g.source,
    grantedAt: g.grantedAt.toISOString(),
    ...(g.revokedAt ? { revokedAt: g.revokedAt.toISOString() } : {}),
    state: grantState(g, now),
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** One agency read from the audit trail (details as the agency API writes them: agencyId, grantId, purpose, part). */
export function toAccessResponse(r: AuditTrailRow): ConsentAccessResponse {
  const d = r.details ?? {};
  const agencyId = str(d['agencyId']);
  const part = str(d['part']);
  const purpose = str(d['purpose']);
  return {
    id: r.id,
    occurredAt: new Date(r.occurredAt).toISOString(),
    agencyName: r.actorName ?? r.actorFiscalCode.trim(),
    ...(agencyId ? { agencyId } : {}),
    ...(part ? { part } : {}),
    ...(purpose ? { purpose } : {}),
    action: r.action,
    outcome: r.outcome,
  };
}
