import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { RecruitingDayEntity, RecruitingDaySignupEntity, RecruitingDaySlotEntity } from '../entities/recruiting-day.entity';

/** Recruiting days, their interview slots and who signed up. */
@Injectable()
export class RecruitingDaysRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  insertDay(m: EntityManager, values: Pick<RecruitingDayEntity, 'officeId' | 'title' | 'day' | 'mode' | 'place' | 'vacancyIds'>): Promise<RecruitingDayEntity> {
    const repo = m.getRepository(RecruitingDayEntity);
    return repo.save(repo.create(values));
  }

  async insertSlots(m: EntityManager, rows: Pick<RecruitingDaySlotEntity, 'recruitingDayId' | 'vacancyId' | 'startsAt'>[]): Promise<void> {
    if (rows.length) await m.getRepository(RecruitingDaySlotEntity).insert(rows);
  }

  byId(id: string): Promise<RecruitingDayEntity | null> {
    return this.db.getRepository(RecruitingDayEntity).findOneBy({ id });
  }

  /** The next days from `today` (inclusive), soonest first. */
  from(today: string, limit: number): Promise<RecruitingDayEntity[]> {
    return this.db.getRepository(RecruitingDayEntity).find({ where: { day: MoreThanOrEqual(today) }, order: { day: 'ASC' }, take: limit });
  }

  async signUp(recruitingDayId: string, citizenId: string, vacancyIds: string[]): Promise<void> {
    await this.db.getRepository(RecruitingDaySignupEntity).upsert({ recruitingDayId, citizenId, vacancyIds }, ['recruitingDayId', 'citizenId']);
  }

  /**
   * Books a free slot: one conditional UPDATE; the vacancy of the slot, or null when it was not free (or is not of
   * this day). A second slot of the same person at the same time fails on `recruiting_day_slots_person_time_key`.
   */
  async book(m: EntityManager, dayId: string, slotId: string, citizenId: string): Promise<string | null> {
    const updated = (await m.query(
      `UPDATE matching.recruiting_day_slots SET citizen_id = $3, booked_at = now() WHERE id = $2 AND recruiting_day_id = $1 AND citizen_id IS NULL RETURNING vacancy_id`,
      [dayId, slotId, citizenId],
    )) as unknown[];
    const rows = (Array.isArray(updated[0]) ? updated[0] : updated) as { vacancy_id: string }[];
    return rows.length === 1 ? rows[0]!.vacancy_id : null;
  }

  slotExists(m: EntityManager, dayId: string, slotId: string): Promise<boolean> {
    return m.getRepository(RecruitingDaySlotEntity).existsBy({ id: slotId, recruitingDayId: dayId });
  }

  /** Signs the person up for this vacancy of the day too (keeping the vacancies they chose before). */
  async addSignupVacancy(m: EntityManager, dayId: string, citizenId: string, vacancyId: string): Promise<void> {
    await m.query(
      `INSERT INTO matching.recruiting_day_signups (recruiting_day_id, citizen_id, vacancy_ids) VALUES ($1, $2, ARRAY[$3::uuid])
       ON CONFLICT (recruiting_day_id, citizen_id) DO UPDATE SET vacancy_ids = (SELECT array_agg(DISTINCT v) FROM unnest(recruiting_day_signups.vacancy_ids || ARRAY[$3::uuid]) v)`,
      [dayId, citizenId, vacancyId],
    );
  }

  /** How many people signed up for each of these days (days nobody signed up for are missing). */
  async signupCounts(dayIds: string[]): Promise<Map<string, number>> {
    if (dayIds.length === 0) return new Map();
    const rows = (await this.db.query(
      `SELECT recruiting_day_id AS id, count(*)::int AS n FROM matching.recruiting_day_signups WHERE recruiting_day_id = ANY($1::uuid[]) GROUP BY recruiting_day_id`,
      [dayIds],
    )) as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** Which of these days the person signed up for. */
  async signedUp(dayIds: string[], citizenId: string): Promise<Set<string>> {
    if (dayIds.length === 0) return new Set();
    const rows = await this.db.getRepository(RecruitingDaySignupEntity).find({ where: { recruitingDayId: In(dayIds), citizenId }, select: { recruitingDayId: true } });
    return new Set(rows.map((r) => r.recruitingDayId));
  }

  /** The slots of these days, by time then vacancy. */
  slotsOf(dayIds: string[]): Promise<RecruitingDaySlotEntity[]> {
    if (dayIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(RecruitingDaySlotEntity).find({ where: { recruitingDayId: In(dayIds) }, order: { startsAt: 'ASC', vacancyId: 'ASC' } });
  }
}
