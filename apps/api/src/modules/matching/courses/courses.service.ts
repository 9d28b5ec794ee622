import { Injectable } from '@nestjs/common';
import { ErrorCode, type CourseBody, type CourseResponse, type GapCoursesResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { romeParts } from '../../../platform/time/rome-time';
import type { CourseEntity } from '../entities/course.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { CoursesRepository } from './courses.repository';

/** The training catalogue and the link from a person's gaps to the courses that teach them. */
@Injectable()
export class CoursesService {
  constructor(
    private readonly repo: CoursesRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CourseResponse[]> {
    return this.toResponses(await this.repo.active(500));
  }

  async create(ctx: RequestContext, body: CourseBody): Promise<CourseResponse> {
    if (body.endDate < body.startDate)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'endDate before startDate', [{ pointer: '/endDate', detail: 'must not be before startDate', constraint: 'order' }]);
    await this.taxonomy.requireSkills(body.skillIds, (i) => `/skillIds/${i}`);
    if (body.comuneIstat) await this.taxonomy.comune(body.comuneIstat);
    const c = await this.repo.transaction(async (m) => {
      const saved = await this.repo.insert(m, {
        provider: body.provider.trim(),
        title: body.title.trim(),
        skillIds: [...new Set(body.skillIds)],
        eqf: body.eqf ?? null,
        hours: body.hours,
        mode: body.mode,
        comuneIstat: body.comuneIstat ?? null,
        startDate: body.startDate,
        endDate: body.endDate,
        seats: body.seats,
        free: body.free,
        golEligible: body.golEligible,
      });
      await this.audit.record(ctx, { action: 'matching.course.created', resourceType: 'course', resourceId: saved.id, subjectFiscalCode: null }, m);
      return saved;
    });
    return (await this.toResponses([c]))[0]!;
  }

  /** For each skill, the courses not yet ended that teach it (GIN on skill_ids), soonest first. */
  async forGaps(skillIds: number[], perSkill = 3): Promise<GapCoursesResponse[]> {
    if (skillIds.length === 0) return [];
    const rows = await this.repo.teaching(skillIds, romeParts(new Date()).date, 100);
    const courses = await this.toResponses(rows);
    const labels = await this.taxonomy.skillLabels(skillIds);
    return skillIds.map((id) => ({
      skill: { id, label: labels.get(id) ?? '' },
      courses: courses.filter((c) => c.skills.some((s) => s.id === id)).slice(0, perSkill),
    }));
  }

  /** Courses covering most of the given gaps (ties: more hours free, GOL-eligible, sooner). */
  async suggestions(gaps: number[], limit = 10): Promise<CourseResponse[]> {
    if (gaps.length === 0) return [];
    const rows = await this.repo.covering(gaps, romeParts(new Date()).date, limit);
    const entities = await this.repo.byIds(rows.map((r) => r.id));
    const byId = new Map((await this.toResponses(entities)).map((c) => [c.id, c]));
    const labels = await this.taxonomy.skillLabels(gaps);
    return rows.map((r) => {
      const c = byId.get(r.id)!;
      return { ...c, covers: c.skills.filter((s) => gaps.includes(s.id)).map((s) => ({ id: s.id, label: labels.get(s.id) ?? s.label })) };
    });
  }

  private async toResponses(rows: CourseEntity[]): Promise<CourseResponse[]> {
    const [labels, comuni] = await Promise.all([
      this.taxonomy.skillLabels(rows.flatMap((c) => c.skillIds)),
      this.taxonomy.comuneNames(rows.flatMap((c) => (c.comuneIstat ? [c.comuneIstat] : []))),
    ]);
    return rows.map((c) => ({
      id: c.id,
      provider: c.provider,
      title: c.title,
      skills: c.skillIds.map((id) => ({ id, label: labels.get(id) ?? '' })),
      ...(c.eqf ? { eqf: c.eqf } : {}),
      hours: c.hours,
      mode: c.mode,
      ...(c.comuneIstat && comuni.get(c.comuneIstat) ? { comuneName: comuni.get(c.comuneIstat)! } : {}),
      startDate: c.startDate,
      endDate: c.endDate,
      seats: c.seats,
      free: c.free,
      golEligible: c.golEligible,
    }));
  }
}
