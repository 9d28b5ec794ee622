import { Injectable } from '@nestjs/common';
import { ErrorCode, type IvcQualificationResponse, type IvcQualificationsQuery } from '@opencpi/contracts';
import { DomainError } from '../../../platform/errors/domain-error';
import { toQualificationResponse } from '../ivc.mapper';
import { RepertoireRepository, type QualificationWithCompetences } from './repertoire.repository';

/** The regional repertoire as data: search (no one's personal data, so no audit) and lookups. */
@Injectable()
export class RepertoireService {
  constructor(private readonly repo: RepertoireRepository) {}

  async search(q: IvcQualificationsQuery): Promise<IvcQualificationResponse[]> {
    const words = (q.q ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .slice(0, 4);
    const rows = await this.repo.search({ words, ...(q.region ? { region: q.region } : {}), limit: 50 });
    return rows.map(toQualificationResponse);
  }

  async require(id: string): Promise<QualificationWithCompetences> {
    const q = await this.repo.byId(id);
    if (!q) throw new DomainError(ErrorCode.IVC_QUALIFICATION_NOT_FOUND);
    return q;
  }
}
