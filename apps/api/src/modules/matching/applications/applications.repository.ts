import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type FindOptionsOrder } from 'typeorm';
import { ApplicationEntity } from '../entities/application.entity';
import { OfferRefusalEntity } from '../entities/offer-refusal.entity';
import { SavedVacancyEntity } from '../entities/saved-vacancy.entity';
import type { CongruityRule } from './congruity';

type ApplicationPatch = Partial<Pick<ApplicationEntity, 'consent' | 'consentAt' | 'sharedAt' | 'outcome' | 'outcomeAt'>>;

/** Applications, saved vacancies and offer refusals (with the congruity rules they were assessed by). */
@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private repo(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(ApplicationEntity);
  }

  byId(id: string, m?: EntityManager): Promise<ApplicationEntity | null> {
    return this.repo(m).findOneBy({ id });
  }

  /** Locked for update in the caller's transaction; `citizenId`: only if it is this person's. */
  lockById(m: EntityManager, id: string, citizenId?: string): Promise<ApplicationEntity | null> {
    return this.repo(m).findOne({ where: { id, ...(citizenId ? { citizenId } : {}) }, lock: { mode: 'pessimistic_write' } });
  }

  ofPersonFor(m: EntityManager, vacancyId: string, citizenId: string): Promise<ApplicationEntity | null> {
    return this.repo(m).findOneBy({ vacancyId, citizenId });
  }

  ofPerson(citizenId: string): Promise<ApplicationEntity[]> {
    return this.repo().find({ where: { citizenId }, order: { createdAt: 'DESC' } });
  }

  forCitizens(vacancyId: string, citizenIds: string[]): Promise<ApplicationEntity[]> {
    return citizenIds.length ? this.repo().findBy({ vacancyId, citizenId: In(citizenIds) }) : Promise.resolve([]);
  }

  /** The shortlist of a vacancy (`lock`: for update, in the caller's transaction). */
  shortlisted(vacancyId: string, opts: { order: FindOptionsOrder<ApplicationEntity>; m?: EntityManager; lock?: boolean }): Promise<ApplicationEntity[]> {
    return this.repo(opts.m).find({ where: { vacancyId, status: 'shortlisted' }, order: opts.order, ...(opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** A new application; a second one of the same person for the same vacancy fails on `applications_vacancy_citizen_key`. */
  insert(m: EntityManager, values: Pick<ApplicationEntity, 'vacancyId' | 'citizenId' | 'status' | 'score' | 'consent' | 'consentAt'>): Promise<ApplicationEntity> {
    return this.repo(m).save(this.repo(m).create(values));
  }

  async update(m: EntityManager, id: string, patch: ApplicationPatch): Promise<void> {
    await this.repo(m).update(id, patch);
  }

  /** Puts a person on a vacancy's shortlist (an existing application becomes shortlisted). */
  async upsertShortlisted(m: EntityManager, vacancyId: string, citizenId: string, score: number | null): Promise<void> {
    await m.query(
      `INSERT INTO matching.applications (vacancy_id, citizen_id, status, score) VALUES ($1, $2, 'shortlisted', $3)
       ON CONFLICT (vacancy_id, citizen_id) DO UPDATE SET status = 'shortlisted'`,
      [vacancyId, citizenId, score],
    );
  }

  async saveVacancy(citizenId: string, vacancyId: string, saved: boolean): Promise<void> {
    const repo = this.db.getRepository(SavedVacancyEntity);
    if (saved) await repo.upsert({ citizenId, vacancyId }, ['citizenId', 'vacancyId']);
    else await repo.delete({ citizenId, vacancyId });
  }

  /** The newest version of each congruity rule. */
  congruityRules(m: EntityManager): Promise<(CongruityRule & { version: string })[]> {
    return m.query(`SELECT DISTINCT ON (code) code, value, reason, source, verified, version FROM matching.rules WHERE kind = 'congruity' ORDER BY code, version DESC`);
  }

  insertRefusal(m: EntityManager, values: Omit<OfferRefusalEntity, 'id' | 'recordedAt'>): Promise<OfferRefusalEntity> {
    const repo = m.getRepository(OfferRefusalEntity);
    return repo.save(repo.create(values));
  }
}
