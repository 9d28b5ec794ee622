import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type RecruitingDayBody, type RecruitingDayResponse } from '@opencpi/contracts';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { minutesOf, romeParts, romeToInstant, timeOf } from '../../agenda/domain/rome-time';
import { RegistryService } from '../../registry/registry.service';
import { RecruitingDayEntity, RecruitingDaySignupEntity, RecruitingDaySlotEntity } from '../entities/recruiting-day.entity';
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
    const given = [body.startTime, body.endTime, body.slotMinutes].filter((x) => x !== undefined).length;
    if (given !== 0 && given !== 3) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'startTime, endTime and slotMinutes go together', [{ pointer: body.startTime ? (body.endTime ? '/slotMinutes' : '/endTime') : '/startTime', detail: 'give startTime, endTime and slotMinutes, or none', constraint: 'together' }]);
    if (body.startTime && body.endTime && minutesOf(body.endTime) <= minutesOf(body.startTime)) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'endTime before startTime', [{ pointer: '/endTime', detail: 'must be after startTime', constraint: 'order' }]);
    const day = await this.db.transaction(async (m) => {
      const saved = await m.getRepository(RecruitingDayEntity).save(m.getRepository(RecruitingDayEntity).create({
        officeId: body.officeId, title: body.title.trim(), day: body.day, mode: body.mode, place: body.place.trim(), vacancyIds: body.vacancyIds,
      }));
      if (body.startTime && body.endTime && body.slotMinutes) {
        // interview slots for each vacancy, Rome wall-clock times (DST-correct through romeToInstant)
        const rows: Partial<RecruitingDaySlotEntity>[] = [];
        for (let t = minutesOf(body.startTime); t + body.slotMinutes <= minutesOf(body.endTime); t += body.slotMinutes) {
          const at = romeToInstant(body.day, timeOf(t));
          if (at) for (const vacancyId of body.vacancyIds) rows.push({ recruitingDayId: saved.id, vacancyId, startsAt: at });
        }
        if (rows.length) await m.getRepository(RecruitingDaySlotEntity).insert(rows);
      }
      await this.audit.record(ctx, { action: 'matching.recruiting-day.created', resourceType: 'recruiting_day', resourceId: saved.id, subjectFiscalCode: null }, m);
      return saved;
    });
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

  /**
   * Books an interview slot: one conditional UPDATE (a slot taken meanwhile → 409 SLOT_FULL); the database refuses a
   * second slot of the same person at the same time. Booking signs the person up for that vacancy.
   */
  async bookSlot(ctx: RequestContext, dayId: string, slotId: string): Promise<RecruitingDayResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const day = await this.db.getRepository(RecruitingDayEntity).findOneBy({ id: dayId });
    if (!day) throw new DomainError(ErrorCode.RECRUITING_DAY_NOT_FOUND);
    await this.db.transaction(async (m) => {
      let updated: unknown[];
      try {
        updated = (await m.query(
          `UPDATE matching.recruiting_day_slots SET citizen_id = $3, booked_at = now() WHERE id = $2 AND recruiting_day_id = $1 AND citizen_id IS NULL RETURNING vacancy_id`,
          [day.id, slotId, me.id],
        )) as unknown[];
      } catch (e) {
        if ((e as { constraint?: string }).constraint === 'recruiting_day_slots_person_time_key') throw new DomainError(ErrorCode.ALREADY_BOOKED, 'You already have an interview at that time');
        throw e;
      }
      const rows = (Array.isArray(updated[0]) ? updated[0] : updated) as { vacancy_id: string }[];
      if (rows.length !== 1) {
        const exists = await m.getRepository(RecruitingDaySlotEntity).existsBy({ id: slotId, recruitingDayId: day.id });
        throw new DomainError(exists ? ErrorCode.SLOT_FULL : ErrorCode.SLOT_NOT_FOUND);
      }
      await m.query(
        `INSERT INTO matching.recruiting_day_signups (recruiting_day_id, citizen_id, vacancy_ids) VALUES ($1, $2, ARRAY[$3::uuid])
         ON CONFLICT (recruiting_day_id, citizen_id) DO UPDATE SET vacancy_ids = (SELECT array_agg(DISTINCT v) FROM unnest(recruiting_day_signups.vacancy_ids || ARRAY[$3::uuid]) v)`,
        [day.id, me.id, rows[0]!.vacancy_id],
      );
      await this.audit.record(ctx, { action: 'matching.recruiting-day.slot-booked', resourceType: 'recruiting_day', resourceId: day.id, subjectFiscalCode: me.fiscalCode, details: { slotId } }, m);
    });
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
      const slots = await this.db.getRepository(RecruitingDaySlotEntity).find({ where: { recruitingDayId: d.id }, order: { startsAt: 'ASC', vacancyId: 'ASC' } });
      const people = citizenId ? new Map() : await this.registry.citizensByIds(slots.flatMap((x) => (x.citizenId ? [x.citizenId] : [])));
      out.push({
        id: d.id, title: d.title, day: d.day, mode: d.mode, place: d.place, officeName: (await this.registry.officeName(d.officeId)) ?? '',
        vacancies: responses.filter((v) => d.vacancyIds.includes(v.id)), signups: counts, ...(citizenId ? { signedUp: mine } : {}),
        slots: slots.map((x) => {
          const p = x.citizenId ? people.get(x.citizenId) : undefined;
          return {
            id: x.id, vacancyId: x.vacancyId, startsAt: x.startsAt.toISOString(), localTime: romeParts(x.startsAt).time, free: x.citizenId === null,
            ...(citizenId ? { mine: x.citizenId === citizenId } : p ? { bookedBy: `${p.givenName} ${p.familyName}` } : {}),
          };
        }),
      });
    }
    return out;
  }
}
