import { Injectable } from '@nestjs/common';
import type { MatchExplanationResponse } from '@opencpi/contracts';
import { MatchingRepository } from '../matching.repository';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { explain } from './explanation';
import { vacancyKeys } from './match-keys';
import type { MatchRow } from './match-row';

export interface ScoredMatch {
  row: MatchRow;
  score: number;
  explanation: MatchExplanationResponse;
}

/** The scoring engine: both directions run in PostgreSQL (engine/sql), the API only labels and explains the result. */
@Injectable()
export class MatchingEngineService {
  constructor(
    private readonly repo: MatchingRepository,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async candidatesFor(vacancyId: string, opts: { limit?: number; minScore?: number; onlyCompleteRequired?: boolean } = {}): Promise<ScoredMatch[]> {
    const v = await this.repo.vacancyKeySource(vacancyId);
    if (!v) return [];
    const rows = await this.repo.candidatesForVacancy(vacancyId, vacancyKeys(v.skills, v.lat, v.lon), {
      limit: opts.limit ?? 50,
      minScore: opts.minScore ?? 0,
      onlyCompleteRequired: opts.onlyCompleteRequired ?? false,
    });
    return this.explainAll(rows);
  }

  async vacanciesFor(
    citizenId: string,
    opts: { limit?: number; withinReach?: boolean; contractType?: string; hours?: string; q?: string; vacancyId?: string } = {},
  ): Promise<ScoredMatch[]> {
    const rows = await this.repo.vacanciesForPerson(citizenId, {
      limit: opts.limit ?? 50,
      withinReach: opts.withinReach ?? true,
      contractType: opts.contractType ?? null,
      hours: opts.hours ?? null,
      q: opts.q?.trim() || null,
      vacancyId: opts.vacancyId ?? null,
    });
    return this.explainAll(rows);
  }

  /**
   * Outreach segment (campaigns module): people whose profile fits at least one vacancy of these offices published since
   * `since` with a score of at least `minScore` (the best 200 candidates of each vacancy, at most 50 vacancies).
   */
  async fitForVacanciesSince(officeIds: string[], since: Date, minScore: number): Promise<string[]> {
    const people = new Set<string>();
    for (const vacancyId of await this.repo.vacanciesPublishedSince(officeIds, since)) {
      const v = await this.repo.vacancyKeySource(vacancyId);
      if (!v) continue;
      const rows = await this.repo.candidatesForVacancy(vacancyId, vacancyKeys(v.skills, v.lat, v.lon), { limit: 200, minScore, onlyCompleteRequired: false });
      for (const r of rows) people.add(r.citizen_id);
    }
    return [...people];
  }

  /** The score of one person for one vacancy, or null when the person has no profile or the vacancy is not a match. */
  async pair(citizenId: string, vacancyId: string): Promise<ScoredMatch | null> {
    if (!(await this.repo.hasProfile(citizenId))) return null;
    return (await this.vacanciesFor(citizenId, { vacancyId, limit: 1 }))[0] ?? null;
  }

  private async explainAll(rows: MatchRow[]): Promise<ScoredMatch[]> {
    const labels = await this.taxonomy.skillLabels(rows.flatMap((r) => [...r.met_required, ...r.missing_required, ...r.met_optional, ...r.missing_optional]));
    return rows.map((row) => ({ row, score: Number(row.score), explanation: explain(row, (id) => labels.get(id) ?? String(id)) }));
  }
}
