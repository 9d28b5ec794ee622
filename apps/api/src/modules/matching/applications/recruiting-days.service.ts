import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type RecruitingDayBody, type RecruitingDayResponse } from '@opencpi/contracts';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { romeParts } from '../../agenda/domain/rome-time';
import { RegistryService } from '../../registry/registry.service';
import { RecruitingDayEntity, RecruitingDaySignupEntity } from '../entities/recruiting-day.entity';
import { VacancyEntity } from '../entities/vacancy.entity';
import { VacanciesService } from '../vacancies/vacancies.service';

/** Recruiting days and virtual job fairs: an office presents companies' published vacancies; people sign up. */
@Injectable()
export class RecruitingDaysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, body: RecruitingDayBody): Promise<RecruitingDayResponse> {
    const side = this.vacancies.operatorSide(ctx);
    if (!side.officeIds.includes(body.officeId)) throw new DomainError(ErrorCode.OFFICE_NOT_SERVED, 'Not one of your offices', [{ pointer: '/officeId', detail: 'not an office you serve', constraint: 'scope' }]);
    const vacs = body.vacancyIds.length ? await this.db.getRepository(VacancyEntity).findBy({ id: In(body.vacancyIds), status: 'published' }) : [];
    const bad = body.vacancyIds.findIndex((id) => !vacs.some((v) => v.id === id));
    if (bad >= 0) throw new DomainError(ErrorCode.VACANCY_NOT_OPEN, 'Only published vacancies', [{ pointer: `/vacancyIds/${bad}`, detail: 'not a published vacancy', constraint: 'published' }]);
    const day = await this.db.getRepository(RecruitingDayEntity).save(this.db.getRepository(RecruitingDayEntity).create({
      officeId: body.officeId, title: body.title.trim(), day: body.day, mode: body.mode, place: body.place.trim(), vacancyIds: body.vacancyIds,
    }));
    await this.audit.record(ctx, { action: 'matching.recruiting-day.created', resourceType: 'recruiting_day', resourceId: day.id, subjectFiscalCode: null });
    return (await this.toResponses([day]))[0]!;
  }

  async upcoming(citizenId?: string): Promise<RecruitingDayResponse[]> {
    const days = await this.db.getRepository(RecruitingDayEntity).find({ where: { day: MoreThanOrEqual(romeParts(new Date()).date) }, order: { day: 'ASC' }, take: 50 });
    return this.toResponses(days, citizenId);
  }

  async signUp(ctx: RequestContext, dayId: string, vacancyIds: string[]): Promise<RecruitingDayResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const day = await this.db.getRepository(RecruitingDayEntity).findOneBy({ id: dayId });
    if (!day) throw new DomainError(ErrorCode.RECRUITING_DAY_NOT_FOUND);
    const bad = vacancyIds.findIndex((id) => !day.vacancyIds.includes(id));
    if (bad >= 0) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Vacancy not presented at this event', [{ pointer: `/vacancyIds/${bad}`, detail: 'not presented at this recruiting day', constraint: 'member' }]);
    await this.db.getRepository(RecruitingDaySignupEntity).upsert({ recruitingDayId: day.id, citizenId: me.id, vacancyIds }, ['recruitingDayId', 'citizenId']);
    await this.audit.record(ctx, { action: 'matching.recruiting-day.signup', resourceType: 'recruiting_day', resourceId: day.id, subjectFiscalCode: me.fiscalCode });
    return (await this.toResponses([day], me.id))[0]!;
  }

  private async toResponses(days: RecruitingDayEntity[], citizenId?: string): Promise<RecruitingDayResponse[]> {
    const vacs = await this.db.getRepository(VacancyEntity).findBy({ id: In(days.flatMap((d) => d.vacancyIds)) });
    const responses = await this.vacancies.toResponses(vacs);
    const out: RecruitingDayResponse[] = [];
    for (const d of days) {
      const [counts, mine] = await Promise.all([
        this.db.getRepository(RecruitingDaySignupEntity).countBy({ recruitingDayId: d.id }),
        citizenId ? this.db.getRepository(RecruitingDaySignupEntity).existsBy({ recruitingDayId: d.id, citizenId }) : Promise.resolve(false),
      ]);
      out.push({
        id: d.id, title: d.title, day: d.day, mode: d.mode, place: d.place, officeName: (await this.registry.officeName(d.officeId)) ?? '',
        vacancies: responses.filter((v) => d.vacancyIds.includes(v.id)), signups: counts, ...(citizenId ? { signedUp: mine } : {}),
      });
    }
    return out;
  }
}
