import { Injectable } from '@nestjs/common';
import { ErrorCode, type RecruitingDayBody, type RecruitingDayResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { minutesOf, romeParts, romeToInstant, timeOf } from '../../../platform/time/rome-time';
import { RegistryService } from '../../registry/registry.service';
import type { RecruitingDayEntity, RecruitingDaySlotEntity } from '../entities/recruiting-day.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { VacanciesService } from '../vacancies/vacancies.service';
import { RecruitingDaysRepository } from './recruiting-days.repository';

/** Recruiting days and virtual job fairs: an office presents companies' published vacancies; people sign up. */
@Injectable()
export class RecruitingDaysService {
  constructor(
    private readonly repo: RecruitingDaysRepository,
    private readonly vacancyRows: VacanciesRepository,
    private readonly vacancies: VacanciesService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, body: RecruitingDayBody): Promise<RecruitingDayResponse> {
    const side = this.vacancies.operatorSide(ctx);
    if (!side.officeIds.includes(body.officeId))
      throw new DomainError(ErrorCode.OFFICE_NOT_SERVED, 'Not one of your offices', [{ pointer: '/officeId', detail: 'not an office you serve', constraint: 'scope' }]);
    const vacs = await this.vacancyRows.publishedByIds(body.vacancyIds);
    const bad = body.vacancyIds.findIndex((id) => !vacs.some((v) => v.id === id));
    if (bad >= 0)
      throw new DomainError(ErrorCode.VACANCY_NOT_OPEN, 'Only published vacancies', [
        { pointer: `/vacancyIds/${bad}`, detail: 'not a published vacancy', constraint: 'published' },
      ]);
    const given = [body.startTime, body.endTime, body.slotMinutes].filter((x) => x !== undefined).length;
    if (given !== 0 && given !== 3)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'startTime, endTime and slotMinutes go together', [
        {
          pointer: body.startTime ? (body.endTime ? '/slotMinutes' : '/endTime') : '/startTime',
          detail: 'give startTime, endTime and slotMinutes, or none',
          constraint: 'together',
        },
      ]);
    if (body.startTime && body.endTime && minutesOf(body.endTime) <= minutesOf(body.startTime))
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'endTime before startTime', [{ pointer: '/endTime', detail: 'must be after startTime', constraint: 'order' }]);
    const day = await this.repo.transaction(async (m) => {
      const saved = await this.repo.insertDay(m, {
        officeId: body.officeId,
        title: body.title.trim(),
        day: body.day,
        mode: body.mode,
        place: body.place.trim(),
        vacancyIds: body.vacancyIds,
      });
      if (body.startTime && body.endTime && body.slotMinutes) {
        // interview slots for each vacancy, Rome wall-clock times (DST-correct through romeToInstant)
        const rows: Pick<RecruitingDaySlotEntity, 'recruitingDayId' | 'vacancyId' | 'startsAt'>[] = [];
        for (let t = minutesOf(body.startTime); t + body.slotMinutes <= minutesOf(body.endTime); t += body.slotMinutes) {
          const at = romeToInstant(body.day, timeOf(t));
          if (at) for (const vacancyId of body.vacancyIds) rows.push({ recruitingDayId: saved.id, vacancyId, startsAt: at });
        }
        await this.repo.insertSlots(m, rows);
      }
      await this.audit.record(ctx, { action: 'matching.recruiting-day.created', resourceType: 'recruiting_day', resourceId: saved.id, subjectFiscalCode: null }, m);
      return saved;
    });
    return (await this.toResponses([day]))[0]!;
  }

  async upcoming(citizenId?: string): Promise<RecruitingDayResponse[]> {
    const days = await this.repo.from(romeParts(new Date()).date, 50);
    return this.toResponses(days, citizenId);
  }

  async signUp(ctx: RequestContext, dayId: string, vacancyIds: string[]): Promise<RecruitingDayResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const day = await this.repo.byId(dayId);
    if (!day) throw new DomainError(ErrorCode.RECRUITING_DAY_NOT_FOUND);
    const bad = vacancyIds.findIndex((id) => !day.vacancyIds.includes(id));
    if (bad >= 0)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Vacancy not presented at this event', [
        { pointer: `/vacancyIds/${bad}`, detail: 'not presented at this recruiting day', constraint: 'member' },
      ]);
    await this.repo.signUp(day.id, me.id, vacancyIds);
    await this.audit.record(ctx, { action: 'matching.recruiting-day.signup', resourceType: 'recruiting_day', resourceId: day.id, subjectFiscalCode: me.fiscalCode });
    return (await this.toResponses([day], me.id))[0]!;
  }

  /**
   * Books an interview slot: one conditional UPDATE (a slot taken meanwhile → 409 SLOT_FULL); the database refuses a
   * second slot of the same person at the same time. Booking signs the person up for that vacancy.
   */
  async bookSlot(ctx: RequestContext, dayId: string, slotId: string): Promise<RecruitingDayResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const day = await this.repo.byId(dayId);
    if (!day) throw new DomainError(ErrorCode.RECRUITING_DAY_NOT_FOUND);
    await this.repo.transaction(async (m) => {
      let vacancyId: string | null;
      try {
        vacancyId = await this.repo.book(m, day.id, slotId, me.id);
      } catch (e) {
        if ((e as { constraint?: string }).constraint === 'recruiting_day_slots_person_time_key')
          throw new DomainError(ErrorCode.ALREADY_BOOKED, 'You already have an interview at that time');
        throw e;
      }
      if (!vacancyId) throw new DomainError((await this.repo.slotExists(m, day.id, slotId)) ? ErrorCode.SLOT_FULL : ErrorCode.SLOT_NOT_FOUND);
      await this.repo.addSignupVacancy(m, day.id, me.id, vacancyId);
      await this.audit.record(
        ctx,
        { action: 'matching.recruiting-day.slot-booked', resourceType: 'recruiting_day', resourceId: day.id, subjectFiscalCode: me.fiscalCode, details: { slotId } },
        m,
      );
    });
    return (await this.toResponses([day], me.id))[0]!;
  }

  /** The days with their vacancies, sign-up counts and slots: a fixed number of queries whatever the number of days. */
  private async toResponses(days: RecruitingDayEntity[], citizenId?: string): Promise<RecruitingDayResponse[]> {
    const dayIds = days.map((d) => d.id);
    const [responses, counts, mine, slots, offices] = await Promise.all([
      this.vacancyRows.byIds([...new Set(days.flatMap((d) => d.vacancyIds))]).then((vacs) => this.vacancies.toResponses(vacs)),
      this.repo.signupCounts(dayIds),
      citizenId ? this.repo.signedUp(dayIds, citizenId) : Promise.resolve(new Set<string>()),
      this.repo.slotsOf(dayIds),
      this.registry.officeNames(days.map((d) => d.officeId)),
    ]);
    // operators see who booked each slot; a citizen only which slot is theirs
    const people = citizenId ? new Map() : await this.registry.citizensByIds([...new Set(slots.flatMap((x) => (x.citizenId ? [x.citizenId] : [])))]);
    return days.map((d) => ({
      id: d.id,
      title: d.title,
      day: d.day,
      mode: d.mode,
      place: d.place,
      officeName: offices.get(d.officeId) ?? '',
      vacancies: responses.filter((v) => d.vacancyIds.includes(v.id)),
      signups: counts.get(d.id) ?? 0,
      ...(citizenId ? { signedUp: mine.has(d.id) } : {}),
      slots: slots
        .filter((x) => x.recruitingDayId === d.id)
        .map((x) => {
          const p = x.citizenId ? people.get(x.citizenId) : undefined;
          return {
            id: x.id,
            vacancyId: x.vacancyId,
            startsAt: x.startsAt.toISOString(),
            localTime: romeParts(x.startsAt).time,
            free: x.citizenId === null,
            ...(citizenId ? { mine: x.citizenId === citizenId } : p ? { bookedBy: `${p.givenName} ${p.familyName}` } : {}),
          };
        }),
    }));
  }
}
