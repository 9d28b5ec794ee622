import { Injectable } from '@nestjs/common';
import type { SatisfactionGroupBy } from '@opencpi/contracts';
import { meanOf } from './domain/survey-token';
import { SurveysRepository } from './surveys.repository';

export type { SatisfactionGroupBy } from '@opencpi/contracts';

export interface SatisfactionFilter {
  /** omitted: every office (the caller applies the manager's scope) */
  officeIds?: readonly string[];
  /** YYYY-MM-DD inclusive, Europe/Rome day of the answer */
  from: string;
  to: string;
  groupBy: SatisfactionGroupBy;
}

export interface SatisfactionRow {
  /** office id | service kind | channel | YYYY-MM */
  key: string;
  answers: number;
  /** 1–5, 2 decimals; null without answers */
  meanRating: number | null;
  /** how many answers rated 1, 2, 3, 4, 5 */
  ratingCounts: [number, number, number, number, number];
}

/**
 * What other modules may ask of the surveys (exported by SurveysModule): satisfaction aggregates for the KPI
 * dashboards, read from `surveys.daily_aggregates` (kept in each answer's transaction), never from the answers.
 */
@Injectable()
export class SurveysKpiService {
  constructor(private readonly repo: SurveysRepository) {}

  async satisfaction(filter: SatisfactionFilter): Promise<SatisfactionRow[]> {
    const rows = await this.repo.aggregates(filter.groupBy, filter.from, filter.to, filter.officeIds ? [...filter.officeIds] : null);
    return rows.map((r) => ({ key: r.key, answers: r.answers, meanRating: meanOf(r.ratingSum, r.answers) ?? null, ratingCounts: [r.r1, r.r2, r.r3, r.r4, r.r5] }));
  }

  /** Recomputes the aggregates from the answers (after a bulk load, e.g. the benchmark's); returns the rows written. */
  rebuildAggregates(): Promise<number> {
    return this.repo.rebuildAggregates();
  }
}
