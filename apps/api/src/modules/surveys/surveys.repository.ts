import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { SurveyQuestion } from './entities/question-set.entity';

export interface NewSurveyInvitation {
  id: string;
  serviceKind: string;
  serviceRef: string;
  citizenId: string;
  fiscalCode: string;
  officeId: string;
  channel: string;
  serviceNameIt: string;
  serviceNameEn: string;
  serviceNameAr: string;
  serviceNameRo: string;
  serviceNameUk: string;
  serviceDate: string;
  questionSetVersion: number;
  tokenHash: string;
  expiresAt: Date;
}

/** An invitation with its answer, if any. */
export interface SurveyRecord extends NewSurveyInvitation {
  createdAt: Date;
  rating: number | null;
  answers: { code: string; value: number }[] | null;
  comment: string | null;
  commentWithdrawnAt: Date | null;
  answeredAt: Date | null;
}

export interface AggregateRow {
  key: string;
  answers: number;
  ratingSum: number;
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
}

const RECORD = `SELECT i.id, i.service_kind AS "serviceKind", i.service_ref AS "serviceRef", i.citizen_id AS "citizenId", i.fiscal_code AS "fiscalCode",
  i.office_id AS "officeId", i.channel, i.service_name_it AS "serviceNameIt", i.service_name_en AS "serviceNameEn",
  i.service_name_ar AS "serviceNameAr", i.service_name_ro AS "serviceNameRo", i.service_name_uk AS "serviceNameUk",
  to_char(i.service_date, 'YYYY-MM-DD') AS "serviceDate", i.question_set_version AS "questionSetVersion", i.token_hash AS "tokenHash",
  i.expires_at AS "expiresAt", i.created_at AS "createdAt", a.rating, a.answers, a.comment, a.comment_withdrawn_at AS "commentWithdrawnAt", a.answered_at AS "answeredAt"
  FROM surveys.invitations i LEFT JOIN surveys.answers a ON a.invitation_id = i.id`;

const GROUP_KEYS = {
  office: `office_id::text`,
  service: `service_kind`,
  channel: `channel`,
  month: `to_char(day, 'YYYY-MM')`,
} as const;

/** Every query of the surveys module. */
@Injectable()
export class SurveysRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The latest question set of a service kind valid on `day`. */
  async questionSetOn(m: EntityManager, serviceKind: string, day: string): Promise<{ version: number; questions: SurveyQuestion[] } | null> {
    const rows: { version: number; questions: SurveyQuestion[] }[] = await m.query(
      `SELECT version, questions FROM surveys.question_sets WHERE service_kind = $1 AND valid_from <= $2 ORDER BY version DESC LIMIT 1`,
      [serviceKind, day],
    );
    return rows[0] ?? null;
  }

  async questionSet(serviceKind: string, version: number): Promise<SurveyQuestion[]> {
    const rows: { questions: SurveyQuestion[] }[] = await this.db.query(`SELECT questions FROM surveys.question_sets WHERE service_kind = $1 AND version = $2`, [
      serviceKind,
      version,
    ]);
    return rows[0]?.questions ?? [];
  }

  /** Inserts the invitation unless the service already has one (unique key): true when this call created it. */
  async insertInvitation(m: EntityManager, i: NewSurveyInvitation): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO surveys.invitations (id, service_kind, service_ref, citizen_id, fiscal_code, office_id, channel, service_name_it, service_name_en,
         service_name_ar, service_name_ro, service_name_uk, service_date, question_set_version, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (service_kind, service_ref) DO NOTHING RETURNING id`,
      [
        i.id,
        i.serviceKind,
        i.serviceRef,
        i.citizenId,
        i.fiscalCode,
        i.officeId,
        i.channel,
        i.serviceNameIt,
        i.serviceNameEn,
        i.serviceNameAr,
        i.serviceNameRo,
        i.serviceNameUk,
        i.serviceDate,
        i.questionSetVersion,
        i.tokenHash,
        i.expiresAt,
      ],
    );
    return rows.length === 1;
  }

  /** The survey behind a token's hash; locked (the invitation row) when asked, inside `m`. */
  async byTokenHash(tokenHash: string, m: EntityManager = this.db.manager, lock = false): Promise<SurveyRecord | null> {
    const rows: SurveyRecord[] = await m.query(`${RECORD} WHERE i.token_hash = $1${lock ? ' FOR UPDATE OF i' : ''}`, [tokenHash]);
    return rows[0] ?? null;
  }

  /** The person's surveys, newest first (at most 100). */
  ofCitizen(citizenId: string): Promise<SurveyRecord[]> {
    return this.db.query(`${RECORD} WHERE i.citizen_id = $1 ORDER BY i.created_at DESC, i.id LIMIT 100`, [citizenId]);
  }

  /**
   * Records the answer once (the primary key refuses a second one) and, in the same transaction, adds it to the
   * day's aggregate. False when the survey already had an answer (nothing changed).
   */
  async insertAnswer(
    m: EntityManager,
    s: Pick<SurveyRecord, 'id' | 'officeId' | 'serviceKind' | 'channel'>,
    a: { rating: number; answers: { code: string; value: number }[]; comment: string | null; answeredOn: string },
  ): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO surveys.answers (invitation_id, rating, answers, comment, answered_on) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (invitation_id) DO NOTHING RETURNING invitation_id`,
      [s.id, a.rating, JSON.stringify(a.answers), a.comment, a.answeredOn],
    );
    if (rows.length === 0) return false;
    await m.query(
      `INSERT INTO surveys.daily_aggregates AS d (day, office_id, service_kind, channel, answers, rating_sum, r1, r2, r3, r4, r5)
       VALUES ($1, $2, $3, $4, 1, $5, ($5 = 1)::int, ($5 = 2)::int, ($5 = 3)::int, ($5 = 4)::int, ($5 = 5)::int)
       ON CONFLICT (day, office_id, service_kind, channel) DO UPDATE SET answers = d.answers + 1, rating_sum = d.rating_sum + EXCLUDED.rating_sum,
         r1 = d.r1 + EXCLUDED.r1, r2 = d.r2 + EXCLUDED.r2, r3 = d.r3 + EXCLUDED.r3, r4 = d.r4 + EXCLUDED.r4, r5 = d.r5 + EXCLUDED.r5`,
      [a.answeredOn, s.officeId, s.serviceKind, s.channel, a.rating],
    );
    return true;
  }

  /** Erases the comment and records when; false when there was none to withdraw. */
  async withdrawComment(m: EntityManager, invitationId: string): Promise<boolean> {
    // an UPDATE answers [rows, affected] through TypeORM's query()
    const [, affected] = (await m.query(`UPDATE surveys.answers SET comment = NULL, comment_withdrawn_at = now() WHERE invitation_id = $1 AND comment IS NOT NULL`, [
      invitationId,
    ])) as [unknown[], number];
    return affected > 0;
  }

  /** Results from the daily aggregates only (no scan of the answers): one group per key. */
  aggregates(groupBy: keyof typeof GROUP_KEYS, from: string, to: string, officeIds: readonly string[] | null): Promise<AggregateRow[]> {
    const key = GROUP_KEYS[groupBy];
    return this.db.query(
      `SELECT ${key} AS key, sum(answers)::int AS answers, sum(rating_sum)::int AS "ratingSum",
              sum(r1)::int AS r1, sum(r2)::int AS r2, sum(r3)::int AS r3, sum(r4)::int AS r4, sum(r5)::int AS r5
         FROM surveys.daily_aggregates
        WHERE day BETWEEN $1 AND $2 AND ($3::uuid[] IS NULL OR office_id = ANY($3::uuid[]))
        GROUP BY 1 ORDER BY 1`,
      [from, to, officeIds],
    );
  }

  /** Comments of the period (newest first, at most 500), without anything that identifies the person. */
  comments(
    from: string,
    to: string,
    officeIds: readonly string[] | null,
  ): Promise<{ answeredOn: string; officeId: string; serviceKind: string; channel: string; rating: number; comment: string }[]> {
    return this.db.query(
      `SELECT to_char(a.answered_on, 'YYYY-MM-DD') AS "answeredOn", i.office_id AS "officeId", i.service_kind AS "serviceKind", i.channel, a.rating, a.comment
         FROM surveys.answers a JOIN surveys.invitations i ON i.id = a.invitation_id
        WHERE a.answered_on BETWEEN $1 AND $2 AND a.comment IS NOT NULL AND ($3::uuid[] IS NULL OR i.office_id = ANY($3::uuid[]))
        ORDER BY a.answered_on DESC, a.answered_at DESC LIMIT 500`,
      [from, to, officeIds],
    );
  }

  /** Recomputes every aggregate from the answers in one statement (after a bulk load, e.g. the benchmark's). */
  async rebuildAggregates(): Promise<number> {
    return this.db.transaction(async (m) => {
      await m.query(`DELETE FROM surveys.daily_aggregates`);
      const rows: unknown[] = await m.query(
        `INSERT INTO surveys.daily_aggregates (day, office_id, service_kind, channel, answers, rating_sum, r1, r2, r3, r4, r5)
         SELECT a.answered_on, i.office_id, i.service_kind, i.channel, count(*), sum(a.rating),
                count(*) FILTER (WHERE a.rating = 1), count(*) FILTER (WHERE a.rating = 2), count(*) FILTER (WHERE a.rating = 3),
                count(*) FILTER (WHERE a.rating = 4), count(*) FILTER (WHERE a.rating = 5)
           FROM surveys.answers a JOIN surveys.invitations i ON i.id = a.invitation_id
          GROUP BY 1, 2, 3, 4 RETURNING day`,
      );
      return rows.length;
    });
  }
}
