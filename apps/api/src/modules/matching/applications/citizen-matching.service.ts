import { Injectable } from '@nestjs/common';
import { ErrorCode, type CourseResponse, type VacancyMatchListResponse, type VacancyMatchResponse, type VacancySearchQuery } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService } from '../../registry/registry.service';
import { CoursesService } from '../courses/courses.service';
import { MatchingRepository } from '../matching.repository';
import { unrankedExplanation } from '../engine/explanation';
import { MatchingEngineService, type ScoredMatch } from '../engine/matching-engine.service';
import { ProfilesService } from '../profiles/profiles.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { VacanciesService } from '../vacancies/vacancies.service';

/** The citizen's view: vacancies sorted by fit with the explanation, and courses for the gaps. */
@Injectable()
export class CitizenMatchingService {
  constructor(
    private readonly repo: MatchingRepository,
    private readonly vacancyRows: VacanciesRepository,
    private readonly registry: RegistryService,
    private readonly profiles: ProfilesService,
    private readonly engine: MatchingEngineService,
    private readonly vacancies: VacanciesService,
    private readonly courses: CoursesService,
    private readonly taxonomy: TaxonomyService,
    private readonly audit: AuditService,
  ) {}

  private async decorate(citizenId: string, matches: ScoredMatch[]): Promise<VacancyMatchResponse[]> {
    const ids = matches.map((x) => x.row.vacancy_id);
    if (ids.length === 0) return [];
    // the vacancies with whether I saved each and my application's status: one prepared statement
    const rows = await this.repo.vacanciesWithMine(citizenId, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const responses = new Map((await this.vacancies.toResponses(rows)).map((v) => [v.id, v]));
    return matches.map((x) => {
      const row = byId.get(x.row.vacancy_id);
      return {
        vacancy: responses.get(x.row.vacancy_id)!,
        score: x.score,
        explanation: x.explanation,
        saved: row?.saved ?? false,
        ...(row?.applicationStatus ? { applicationStatus: row.applicationStatus } : {}),
      };
    });
  }

  async list(ctx: RequestContext, q: VacancySearchQuery): Promise<VacancyMatchListResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const hasProfile = await this.profiles.hasProfile(me.id);
    await this.audit.record(ctx, { action: 'matching.vacancies.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    if (!hasProfile) {
      // no profile yet: newest published vacancies, not ranked (the page asks to complete the profile)
      const rows = await this.repo.latestPublished(q.limit ?? 20);
      const vacs = await this.vacancies.toResponses(rows.filter((v) => v.moderation !== 'rejected'));
      return { ranked: false, items: vacs.map((vacancy) => ({ vacancy, score: 0, saved: false, explanation: unrankedExplanation(vacancy.minEqf) })) };
    }
    const matches = await this.engine.vacanciesFor(me.id, {
      limit: q.limit ?? 30,
      withinReach: q.withinReach !== 'false',
      ...(q.contractType ? { contractType: q.contractType } : {}),
      ...(q.hours ? { hours: q.hours } : {}),
      ...(q.q ? { q: q.q } : {}),
    });
    return { ranked: true, items: await this.decorate(me.id, matches) };
  }

  async detail(ctx: RequestContext, vacancyId: string): Promise<VacancyMatchResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const v = await this.vacancyRows.publishedById(vacancyId);
    if (!v || v.moderation === 'rejected') throw new DomainError(ErrorCode.VACANCY_NOT_FOUND);
    if (!(await this.profiles.profileOf(me.id))) throw new DomainError(ErrorCode.PROFILE_REQUIRED, 'Save your professional profile to see how close you are');
    const [match] = await this.engine.vacanciesFor(me.id, { vacancyId, limit: 1 });
    if (!match) throw new DomainError(ErrorCode.VACANCY_NOT_FOUND);
    const [item] = await this.decorate(me.id, [match]);
    await this.audit.record(ctx, { action: 'matching.vacancy.read', resourceType: 'vacancy', resourceId: vacancyId, subjectFiscalCode: me.fiscalCode });
    const gaps = [...match.row.missing_required, ...match.row.missing_optional];
    return { ...item!, gapCourses: await this.courses.forGaps(gaps) };
  }

  /** Courses covering most of the gaps between my skills and the essential skills of the occupations I look for. */
  async courseSuggestions(ctx: RequestContext): Promise<CourseResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const profile = await this.profiles.profileOf(me.id);
    await this.audit.record(ctx, { action: 'matching.courses.suggested', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    if (!profile) return [];
    const gaps = (await this.taxonomy.essentialSkills(profile.targetOccupationIds)).filter((id) => !profile.skillIds.includes(id));
    return this.courses.suggestions(gaps);
  }
}
