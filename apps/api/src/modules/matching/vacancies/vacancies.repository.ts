import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { VacancyEntity, type VacancyFlag } from '../entities/vacancy.entity';

/** Vacancies and the discriminatory-requirement rules (matching.rules, kind `ad_flag`) they are checked against. */
@Injectable()
export class VacanciesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private repo(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(VacancyEntity);
  }

  /** The rules' patterns run in PostgreSQL (POSIX regular expressions, case-insensitive), newest version of each rule. */
  flagsOf(title: string, description: string, m?: EntityManager): Promise<VacancyFlag[]> {
    return (m ?? this.db.manager).query(
      `WITH r AS (SELECT DISTINCT ON (code) code, value, reason, source FROM matching.rules WHERE kind = 'ad_flag' ORDER BY code, version DESC),
            f(field, txt) AS (VALUES ('title', $1::text), ('description', $2::text))
       SELECT r.code, f.field, (regexp_match(f.txt, '(' || (r.value->>'pattern') || ')', 'i'))[1] AS excerpt, r.reason, r.source
         FROM r JOIN f ON r.value->'fields' ? f.field
        WHERE f.txt ~* (r.value->>'pattern')
        ORDER BY f.field DESC, r.code`,
      [title, description],
    );
  }

  /** `lock`: for update, in the caller's transaction. */
  byId(id: string, opts: { m?: EntityManager; lock?: boolean } = {}): Promise<VacancyEntity | null> {
    return this.repo(opts.m).findOne({ where: { id }, ...(opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  byIdOrFail(id: string, m?: EntityManager): Promise<VacancyEntity> {
    return this.repo(m).findOneByOrFail({ id });
  }

  byIds(ids: string[]): Promise<VacancyEntity[]> {
    return ids.length ? this.repo().findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  publishedByIds(ids: string[]): Promise<VacancyEntity[]> {
    return ids.length ? this.repo().findBy({ id: In(ids), status: 'published' }) : Promise.resolve([]);
  }

  publishedById(id: string): Promise<VacancyEntity | null> {
    return this.repo().findOneBy({ id, status: 'published' });
  }

  /** The company area's list: every vacancy of these companies, newest first. */
  ofCompanies(companyIds: string[]): Promise<VacancyEntity[]> {
    return this.repo().find({ where: { companyId: In(companyIds) }, order: { createdAt: 'DESC' } });
  }

  /** The operator's list: the vacancies of their offices and every published one, newest first. */
  forOffices(officeIds: string[]): Promise<VacancyEntity[]> {
    return this.repo().find({ where: [{ officeId: In(officeIds) }, { status: 'published' }], order: { createdAt: 'DESC' }, take: 500 });
  }

  async insert(m: EntityManager, values: Partial<VacancyEntity>): Promise<string> {
    return (await this.repo(m).save(this.repo(m).create(values))).id;
  }

  async update(m: EntityManager, id: string, patch: Partial<VacancyEntity>): Promise<void> {
    await this.repo(m).update(id, patch);
  }
}
