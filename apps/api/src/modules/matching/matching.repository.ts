import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryPrepared } from '../../database/prepared-query';
import type { VacancyEntity } from './entities/vacancy.entity';
import type { MatchRow } from './engine/match-row';
import { SQL } from './engine/sql-files';

/**
 * A vacancy's columns under the entity's property names, as TypeORM hydrates them (dates as 'YYYY-MM-DD', decimals
 * as strings), so that rows read here go through the same mappers as entities.
 */
const VACANCY_COLUMNS = `v.id, v.company_id AS "companyId", v.office_id AS "officeId", v.created_by AS "createdBy", v.title,
  v.occupation_id AS "occupationId", v.isco_group AS "iscoGroup", v.description, v.required_skill_ids AS "requiredSkillIds",
  v.required_weights AS "requiredWeights", v.optional_skill_ids AS "optionalSkillIds", v.min_eqf AS "minEqf", v.languages, v.licences,
  v.comune_istat AS "comuneIstat", v.location, v.contract_type AS "contractType", v.hours, v.pay_min AS "payMin", v.pay_max AS "payMax",
  v.duration_months AS "durationMonths", v.start_date::text AS "startDate", v.positions, v.expires_on::text AS "expiresOn", v.status,
  v.moderation, v.moderation_note AS "moderationNote", v.flags, v.created_at AS "createdAt", v.published_at AS "publishedAt"`;

export type VacancyWithMine = VacancyEntity & { saved: boolean; applicationStatus: string | null };

/**
 * The matching module's hot read path: the scoring engine's two statements (engine/sql, reviewed as SQL) and the
 * citizen's "vacancies for me" page, as named prepared statements where planning them cost more than running them.
 * They read only the matching schema.
 */
@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** These vacancies, each with whether the person saved it and the status of their application to it. */
  vacanciesWithMine(citizenId: string, vacancyIds: string[]): Promise<VacancyWithMine[]> {
    return queryPrepared<VacancyWithMine>(
      this.db,
      `SELECT ${VACANCY_COLUMNS},
              EXISTS (SELECT 1 FROM matching.saved_vacancies s WHERE s.citizen_id = $1 AND s.vacancy_id = v.id) AS saved,
              (SELECT a.status FROM matching.applications a WHERE a.citizen_id = $1 AND a.vacancy_id = v.id) AS "applicationStatus"
         FROM matching.vacancies v WHERE v.id = ANY($2::uuid[])`,
      [citizenId, vacancyIds],
    );
  }

  /** The most recently published vacancies (for people without a profile). */
  latestPublished(limit: number): Promise<VacancyEntity[]> {
    return queryPrepared<VacancyEntity>(this.db, `SELECT ${VACANCY_COLUMNS} FROM matching.vacancies v WHERE v.status = 'published' ORDER BY v.published_at DESC LIMIT $1`, [limit]);
  }

  async hasProfile(citizenId: string): Promise<boolean> {
    return (await queryPrepared(this.db, `SELECT 1 FROM matching.profiles WHERE citizen_id = $1`, [citizenId])).length > 0;
  }

  /** A vacancy's skills and centroid: what its candidate lookup keys are made of (engine/match-keys.ts). */
  async vacancyKeySource(vacancyId: string): Promise<{ skills: number[]; lat: number; lon: number } | null> {
    const [v] = (await this.db.query(`SELECT required_skill_ids || optional_skill_ids AS skills, location[1] AS lat, location[0] AS lon FROM matching.vacancies WHERE id = $1`, [
      vacancyId,
    ])) as { skills: number[]; lat: number; lon: number }[];
    return v ?? null;
  }

  /** Best candidates for a vacancy (candidates-for-vacancy.sql). */
  candidatesForVacancy(vacancyId: string, keys: number[], opts: { limit: number; minScore: number; onlyCompleteRequired: boolean }): Promise<MatchRow[]> {
    return this.db.transaction(async (m) => {
      // see the comment at the top of candidates-for-vacancy.sql
      await m.query('SET LOCAL enable_seqscan = off; SET LOCAL jit = off');
      return (await m.query(SQL.candidatesForVacancy, [vacancyId, opts.limit, opts.minScore, opts.onlyCompleteRequired, keys])) as MatchRow[];
    });
  }

  /** Vacancies of these offices published (and approved) since `since`: a batch of new vacancies (outreach segment). */
  async vacanciesPublishedSince(officeIds: string[], since: Date): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT id FROM matching.vacancies WHERE office_id = ANY($1::uuid[]) AND status = 'published' AND moderation = 'approved' AND coalesce(published_at, created_at) >= $2
        ORDER BY coalesce(published_at, created_at) DESC LIMIT 50`,
      [officeIds, since],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Best vacancies for a person (vacancies-for-person.sql). */
  vacanciesForPerson(
    citizenId: string,
    opts: { limit: number; withinReach: boolean; contractType: string | null; hours: string | null; q: string | null; vacancyId: string | null },
  ): Promise<MatchRow[]> {
    // prepared: planning this statement took four times as long as running it (EXPLAIN: 1.9 ms vs 0.45 ms)
    return queryPrepared<MatchRow>(this.db, SQL.vacanciesForPerson, [citizenId, opts.limit, opts.withinReach, opts.contractType, opts.hours, opts.q, opts.vacancyId]);
  }
}
