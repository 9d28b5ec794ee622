import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type CourseBody, type CourseResponse, type GapCoursesResponse } from '@opencpi/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { romeParts } from '../../agenda/domain/rome-time';
import { CourseEntity } from '../entities/course.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';

/** The training catalogue and the link from a person's gaps to the courses that teach them. */
@Injectable()
export class CoursesService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly taxonomy: TaxonomyService, private readonly audit: AuditService) {}

  async list(): Promise<CourseResponse[]> {
    return this.toResponses(await this.db.getRepository(CourseEntity).find({ where: { active: true }, order: { startDate: 'ASC' }, take: 500 }));
  }

  async create(ctx: RequestContext, body: CourseBody): Promise<CourseResponse> {
    if (body.endDate < body.startDate) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'endDate before startDate', [{ pointer: '/endDate', detail: 'must not be before startDate', constraint: 'order' }]);
    await this.taxonomy.requireSkills(body.skillIds, (i) => `/skillIds/${i}`);
    if (body.comuneIstat) await this.taxonomy.comune(body.comuneIstat);
    const c = await this.db.transaction(async (m) => {
      const saved = await m.getRepository(CourseEntity).save(m.getRepository(CourseEntity).create({
        provider: body.provider.trim(), title: body.title.trim(), skillIds: [...new Set(body.skillIds)], eqf: body.eqf ?? null, hours: body.hours, mode: body.mode,
        comuneIstat: body.comuneIstat ?? null, startDate: body.startDate, endDate: body.endDate, seats: body.seats, free: body.free, golEligible: body.golEligible,
      }));
      await this.audit.record(ctx, { action: 'matching.course.created', resourceType: 'course', resourceId: saved.id, subjectFiscalCode: null }, m);
      return saved;
    });
    return (await this.toResponses([c]))[0]!;
  }

  /** For each skill, the courses not yet ended that teach it (GIN on skill_ids), soonest first. */
  async forGaps(skillIds: number[], perSkill = 3): Promise<GapCoursesResponse[]> {
    if (skillIds.length === 0) return [];
    const rows = await this.db.getRepository(CourseEntity).createQueryBuilder('c')
      .where('c.active AND c.skill_ids && :ids::int[] AND c.end_date >= :today', { ids: skillIds, today: romeParts(new Date()).date })
      .orderBy('c.start_date', 'ASC').limit(100).getMany();
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
    const rows = (await this.db.query(
      `SELECT c.id, cardinality(c.skill_ids & $1::int[]) AS covered FROM matching.courses c
        WHERE c.active AND c.skill_ids && $1::int[] AND c.end_date >= $2::date
        ORDER BY covered DESC, c.free DESC, c.gol_eligible DESC, c.start_date LIMIT $3`,
      [gaps, romeParts(new Date()).date, limit],
    )) as { id: string; covered: number }[];
    const entities = rows.length ? await this.db.getRepository(CourseEntity).findByIds(rows.map((r) => r.id)) : [];
    const byId = new Map((await this.toResponses(entities)).map((c) => [c.id, c]));
    const labels = await this.taxonomy.skillLabels(gaps);
    return rows.map((r) => {
      const c = byId.get(r.id)!;
      return { ...c, covers: c.skills.filter((s) => gaps.includes(s.id)).map((s) => ({ id: s.id, label: labels.get(s.id) ?? s.label })) };
    });
  }

  private async toResponses(rows: CourseEntity[]): Promise<CourseResponse[]> {
    const [labels, comuni] = await Promise.all([
      this.taxonomy.skillLabels(rows.flatMap((c) => c.skillIds)), this.taxonomy.comuneNames(rows.flatMap((c) => (c.comuneIstat ? [c.comuneIstat] : []))),
    ]);
    return rows.map((c) => ({
      id: c.id, provider: c.provider, title: c.title, skills: c.skillIds.map((id) => ({ id, label: labels.get(id) ?? '' })), ...(c.eqf ? { eqf: c.eqf } : {}),
      hours: c.hours, mode: c.mode, ...(c.comuneIstat && comuni.get(c.comuneIstat) ? { comuneName: comuni.get(c.comuneIstat)! } : {}),
      startDate: c.startDate, endDate: c.endDate, seats: c.seats, free: c.free, golEligible: c.golEligible,
    }));
  }
}
