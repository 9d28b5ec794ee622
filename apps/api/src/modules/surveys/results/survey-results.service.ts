import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type SatisfactionCommentListResponse,
  type SatisfactionCommentsQuery,
  type SatisfactionResultsQuery,
  type SatisfactionResultsResponse,
} from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { addDays, todayRome } from '../../../platform/time/rome-time';
import { RegistryService } from '../../registry/registry.service';
import { meanOf } from '../domain/survey-token';
import { SurveysKpiService } from '../surveys-kpi.service';
import { SurveysRepository } from '../surveys.repository';

/** The longest period one request may ask for (the aggregates make it cheap; this bounds the answer). */
const MAX_DAYS = 3 * 366 + 1;

/**
 * Results for managers: a CPI manager sees the offices they serve, a region admin the whole region (their scope
 * lists every office of it); by office, service, channel or month; comments without the person's identity.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    private readonly kpi: SurveysKpiService,
    private readonly repo: SurveysRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  /** The period asked for, by default the 90 days ending today (Rome). */
  private static period(q: { from?: string; to?: string }): { from: string; to: string } {
    const to = q.to ?? todayRome();
    return { from: q.from ?? addDays(to, -90), to };
  }

  /** The offices the request covers: one of the caller's, or all of them. */
  private scope(ctx: RequestContext, q: { from: string; to: string; officeId?: string }): string[] {
    if (q.from > q.to) throw new DomainError(ErrorCode.SURVEY_PERIOD_INVALID, 'The period ends before it starts', [{ pointer: '/to', detail: 'before from' }]);
    if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 > MAX_DAYS)
      throw new DomainError(ErrorCode.SURVEY_PERIOD_INVALID, 'The period is longer than three years', [{ pointer: '/from', detail: 'at most three years before to' }]);
    const offices = ctx.principal.staff?.officeIds ?? [];
    if (q.officeId === undefined) return offices;
    if (!offices.includes(q.officeId)) throw new DomainError(ErrorCode.OFFICE_NOT_SERVED, undefined, [{ pointer: '/officeId', detail: 'not one of your offices' }]);
    return [q.officeId];
  }

  async results(ctx: RequestContext, query: SatisfactionResultsQuery): Promise<SatisfactionResultsResponse> {
    const q = { ...query, ...SurveyResultsService.period(query), groupBy: query.groupBy ?? 'office' };
    const officeIds = this.scope(ctx, q);
    const rows = await this.kpi.satisfaction({ officeIds, from: q.from, to: q.to, groupBy: q.groupBy });
    const names = q.groupBy === 'office' ? await this.registry.officeNames(rows.map((r) => r.key)) : new Map<string, string>();
    const total = rows.reduce((n, r) => n + r.answers, 0);
    const sum = rows.reduce((n, r) => n + r.ratingCounts.reduce((s, c, i) => s + c * (i + 1), 0), 0);
    const mean = meanOf(sum, total);
    return {
      groupBy: q.groupBy,
      from: q.from,
      to: q.to,
      rows: rows.map((r) => ({
        key: r.key,
        ...(names.has(r.key) ? { label: names.get(r.key)! } : {}),
        answers: r.answers,
        ...(r.meanRating !== null ? { meanRating: r.meanRating } : {}),
        ratingCounts: r.ratingCounts,
      })),
      totalAnswers: total,
      ...(mean !== undefined ? { meanRating: mean } : {}),
    };
  }

  /** Comments of the period: day, office, service kind, channel, rating, text; nothing that leads to the person (audited). */
  async comments(ctx: RequestContext, query: SatisfactionCommentsQuery): Promise<SatisfactionCommentListResponse> {
    const q = { ...query, ...SurveyResultsService.period(query) };
    const officeIds = this.scope(ctx, q);
    const rows = await this.repo.comments(q.from, q.to, officeIds);
    const names = await this.registry.officeNames([...new Set(rows.map((r) => r.officeId))]);
    await this.audit.record(ctx, {
      action: 'surveys.comments.read',
      resourceType: 'survey-comments',
      resourceId: q.officeId ?? null,
      subjectFiscalCode: null,
      details: { from: q.from, to: q.to, count: rows.length },
    });
    return {
      items: rows.map((r) => ({
        answeredOn: r.answeredOn,
        officeName: names.get(r.officeId) ?? '',
        serviceKind: r.serviceKind,
        channel: r.channel,
        rating: r.rating,
        comment: r.comment,
      })),
    };
  }
}
