import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type CourseResponse, type VacancyMatchListResponse, type VacancyMatchResponse, type VacancySearchQuery } from '@opencpi/contracts';
import { DataSource } from 'typeorm';
import { queryPrepared } from '../../../database/prepared-query';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService } from '../../registry/registry.service';
import { CoursesService } from '../courses/courses.service';
import { VacancyEntity } from '../entities/vacancy.entity';
import { MatchingEngineService, type ScoredMatch } from '../engine/matching-engine.service';
import { ProfilesService } from '../profiles/profiles.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { VacanciesService } from '../vacancies/vacancies.service';

/**
 * A vacancy's columns under the entity's property names, as TypeORM hydrates them (dates as 'YYYY-MM-DD', decimals
 * as strings): the hot list reads them with one prepared statement instead of three TypeORM finds.
 */
const VACANCY_COLUMNS = `v.id, v.company_id AS "companyId", v.office_id AS "officeId", v.created_by AS "createdBy", v.title,
  v.occupation_id AS "occupationId", v.isco_group AS "iscoGroup", v.description, v.required_skill_ids AS "requiredSkillIds",
  v.required_weights AS "requiredWeights", v.optional_skill_ids AS "optionalSkillIds", v.min_eqf AS "minEqf", v.languages, v.licences,
  v.comune_istat AS "comuneIstat", v.location, v.contract_type AS "contractType", v.hours, v.pay_min AS "payMin", v.pay_max AS "payMax",
  v.duration_months AS "durationMonths", v.start_date::text AS "startDate", v.positions, v.expires_on::text AS "expiresOn", v.status,
  v.moderation, v.moderation_note AS "moderationNote", v.flags, v.created_at AS "createdAt", v.published_at AS "publishedAt"`;

/** The citizen's view: vacancies sorted by fit with the explanation, and courses for the gaps. */
@Injectable()
export class CitizenMatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
    const rows = await queryPrepared<VacancyEntity & { saved: boolean; applicationStatus: string | null }>(this.db,
      `SELECT ${VACANCY_COLUMNS},
              EXISTS (SELECT 1 FROM matching.saved_vacancies s WHERE s.citizen_id = $1 AND s.vacancy_id = v.id) AS saved,
              (SELECT a.status FROM matching.applications a WHERE a.citizen_id = $1 AND a.vacancy_id = v.id) AS "applicationStatus"
         FROM matching.vacancies v WHERE v.id = ANY($2::uuid[])`,
      [citizenId, ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const responses = new Map((await this.vacancies.toResponses(rows)).map((v) => [v.id, v]));
    return matches.map((x) => {
      const row = byId.get(x.row.vacancy_id);
      return {
        vacancy: responses.get(x.row.vacancy_id)!, score: x.score, explanation: x.explanation, saved: row?.saved ?? false,
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
      const rows = await queryPrepared<VacancyEntity>(this.db,
        `SELECT ${VACANCY_COLUMNS} FROM matching.vacancies v WHERE v.status = 'published' ORDER BY v.published_at DESC LIMIT $1`, [q.limit ?? 20]);
      const vacs = await this.vacancies.toResponses(rows.filter((v) => v.moderation !== 'rejected'));
      return { ranked: false, items: vacs.map((vacancy) => ({ vacancy, score: 0, saved: false, explanation: {
        metRequired: [], missingRequired: [], metOptional: [], missingOptional: [], occupationMatch: 'none', requiredEqf: vacancy.minEqf, eqf: 0,
        missingLanguages: [], missingLicences: [], distanceKm: 0, maxKm: 0, availabilityMatch: false, summary: 'Completa il profilo per vedere quanto ti si addice',
      } })) };
    }
    const matches = await this.engine.vacanciesFor(me.id, {
      limit: q.limit ?? 30, withinReach: q.withinReach !== 'false', ...(q.contractType ? { contractType: q.contractType } : {}), ...(q.hours ? { hours: q.hours } : {}), ...(q.q ? { q: q.q } : {}),
    });
    return { ranked: true, items: await this.decorate(me.id, matches) };
  }

  async detail(ctx: RequestContext, vacancyId: string): Promise<VacancyMatchResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const v = await this.db.getRepository(VacancyEntity).findOneBy({ id: vacancyId, status: 'published' });
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
