import { Injectable } from '@nestjs/common';
import { ErrorCode, type ConsentPart } from '@opencpi/contracts';
import { DomainError } from '../../platform/errors/domain-error';
import { ConsentRepository } from './consent.repository';

export interface ConsentQuery {
  agencyId: string;
  citizenId: string;
  part: ConsentPart;
  /** the instant of the read; now when absent */
  at?: Date;
}
export interface ConsentAnswer {
  grantId: string;
  /** the purpose code of the grant (CONSENT_PURPOSES) */
  purpose: string;
}

/**
 * What other modules (the agency API) ask the consent ledger before reading a person's data: is there a grant in
 * force, not revoked, for this agency, person and part? The caller audits the read (actorRole 'agency_client',
 * details { agencyId, grantId, purpose, part }) so that the person sees it in their access log.
 */
@Injectable()
export class ConsentQueryService {
  constructor(private readonly repo: ConsentRepository) {}

  /** The grant that allows the read, or null. */
  async check(q: ConsentQuery): Promise<ConsentAnswer | null> {
    const grant = await this.repo.activeGrant(q.agencyId, q.citizenId, q.part, q.at ?? new Date());
    return grant ? { grantId: grant.id, purpose: grant.purpose } : null;
  }

  /** The grant that allows the read; CONSENT_REQUIRED (403) when there is none. */
  async require(q: ConsentQuery): Promise<ConsentAnswer> {
    const answer = await this.check(q);
    if (!answer) throw new DomainError(ErrorCode.CONSENT_REQUIRED, `No consent in force for part '${q.part}'`);
    return answer;
  }

  /** `check` for many people at once (one query): the grant allowing the read, by citizen id; people without one are absent. */
  async checkMany(q: { agencyId: string; citizenIds: readonly string[]; part: ConsentPart; at?: Date }): Promise<Map<string, ConsentAnswer>> {
    if (q.citizenIds.length === 0) return new Map();
    const rows = await this.repo.activeGrants(q.agencyId, [...new Set(q.citizenIds)], q.part, q.at ?? new Date());
    return new Map(rows.map((r) => [r.citizenId, { grantId: r.id, purpose: r.purpose }]));
  }

  /** Ids of the people who have granted this agency access to `part`, in force now. */
  citizensVisibleTo(agencyId: string, part: ConsentPart, at: Date = new Date()): Promise<string[]> {
    return this.repo.citizensVisibleTo(agencyId, part, at);
  }
}
