import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { PattoContent } from '../entities/patto-version.entity';
import { CoachAlertEntity } from '../entities/coach-alert.entity';
import { PlanItemEntity } from '../entities/plan-item.entity';

/** A person the office follows (a signed patto); the name comes from the registry. */
export interface FollowedRow {
  citizenId: string;
  fiscalCode: string;
  pathway: number;
  lastActivityOn: string | null;
  last30: number;
  overdue: number;
}
export interface AlertRow {
  citizenId: string;
  kind: string;
  raisedOn: string;
  detail: string | null;
  nudgedAt: Date | null;
}
export interface SweepCandidate {
  citizenId: string;
  last: string | Date | null;
  signedOn: string | Date | null;
  missed: string | null;
}
export interface MissedActionRow {
  planItemId: string;
  pattoId: string;
  citizenFiscalCode: string;
  officeId: string;
  kind: string;
  dueDate: string;
}

/** UPDATE/DELETE … RETURNING through TypeORM's postgres driver answers [rows, count]. */
const returned = <T>(r: unknown): T[] => (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as T[];

/** The person's plan items and the e-coach's alerts. */
@Injectable()
export class PlanRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  itemsOf(citizenId: string): Promise<PlanItemEntity[]> {
    return this.db.getRepository(PlanItemEntity).find({ where: { citizenId }, order: { dueDate: 'ASC', activityDate: 'DESC', createdAt: 'DESC' } });
  }
  insertItem(m: EntityManager, row: Partial<PlanItemEntity>): Promise<PlanItemEntity> {
    const repo = m.getRepository(PlanItemEntity);
    return repo.save(repo.create(row));
  }
  /** An item that stands for something recorded elsewhere, once by `externalRef` (a second call adds nothing). */
  async insertExternalItem(m: EntityManager, row: Partial<PlanItemEntity> & { externalRef: string }): Promise<void> {
    await m.createQueryBuilder().insert().into(PlanItemEntity).values(row).orIgnore().execute();
  }
  lockItem(m: EntityManager, id: string, citizenId: string): Promise<PlanItemEntity | null> {
    return m.getRepository(PlanItemEntity).findOne({ where: { id, citizenId }, lock: { mode: 'pessimistic_write' } });
  }
  async updateItem(m: EntityManager, id: string, patch: Partial<PlanItemEntity>): Promise<PlanItemEntity> {
    await m.getRepository(PlanItemEntity).update(id, patch);
    return m.getRepository(PlanItemEntity).findOneByOrFail({ id });
  }
  /** A signed version's actions replace the patto's actions still to do. */
  async replacePattoActions(m: EntityManager, p: { citizenId: string; pattoId: string; version: number }, actions: PattoContent['actions']): Promise<void> {
    await m.getRepository(PlanItemEntity).delete({ pattoId: p.pattoId, status: 'todo' });
    if (actions.length === 0) return;
    await m.getRepository(PlanItemEntity).insert(
      actions.map((a) => ({
        citizenId: p.citizenId,
        pattoId: p.pattoId,
        pattoVersion: p.version,
        source: 'patto' as const,
        kind: a.type,
        title: a.title,
        provider: a.provider,
        dueDate: a.dueDate,
        status: 'todo' as const,
      })),
    );
  }

  /** Own applications logged in [from, to) by the others of the same office and pathway, and by the person. */
  async peerCounts(citizenId: string, from: string, to: string): Promise<{ size: number; median: number | null; mine: number }> {
    const rows = (await this.db.query(
      `WITH me AS (
         SELECT p.office_id, (v.content->>'pathway')::int AS pathway FROM patto.patti p
           JOIN patto.patto_versions v ON v.patto_id = p.id AND v.version = p.current_version
          WHERE p.citizen_id = $1 AND p.status <> 'closed'),
       grp AS (
         SELECT p.citizen_id FROM patto.patti p JOIN patto.patto_versions v ON v.patto_id = p.id AND v.version = p.current_version, me
          WHERE p.status <> 'closed' AND p.office_id = me.office_id AND (v.content->>'pathway')::int = me.pathway AND p.citizen_id <> $1),
       counts AS (
         SELECT g.citizen_id, count(i.id) AS n FROM grp g
           LEFT JOIN patto.plan_items i ON i.citizen_id = g.citizen_id AND i.source = 'own' AND i.kind = 'application'
                                       AND i.activity_date >= $2::date AND i.activity_date < $3::date
          GROUP BY g.citizen_id)
       SELECT (SELECT count(*) FROM counts)::int AS "size", (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n) FROM counts) AS "median",
              (SELECT count(*) FROM patto.plan_items WHERE citizen_id = $1 AND source = 'own' AND kind = 'application'
                  AND activity_date >= $2::date AND activity_date < $3::date)::int AS "mine"`,
      [citizenId, from, to],
    )) as { size: number; median: number | null; mine: number }[];
    return rows[0]!;
  }

  // ---- e-coach
  followed(officeIds: string[], today: string, citizenId?: string): Promise<FollowedRow[]> {
    return this.db.query(
      `SELECT p.citizen_id AS "citizenId", p.citizen_fiscal_code AS "fiscalCode", (v.content->>'pathway')::int AS "pathway",
              to_char((SELECT max(greatest(i.activity_date, i.status_at::date)) FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.status <> 'todo'), 'YYYY-MM-DD') AS "lastActivityOn",
              (SELECT count(*) FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.source = 'own' AND i.activity_date > $2::date - 30)::int AS "last30",
              (SELECT count(*) FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.status = 'todo' AND i.due_date < $2::date)::int AS "overdue"
         FROM patto.patti p
         JOIN patto.patto_versions v ON v.patto_id = p.id AND v.status = 'signed'
        WHERE p.status = 'signed' AND p.office_id = ANY($1::uuid[]) AND ($3::uuid IS NULL OR p.citizen_id = $3::uuid)`,
      [officeIds, today, citizenId ?? null],
    ) as Promise<FollowedRow[]>;
  }
  openAlertsOf(citizenIds: string[]): Promise<AlertRow[]> {
    if (citizenIds.length === 0) return Promise.resolve([]);
    return this.db.query(
      `SELECT citizen_id AS "citizenId", kind, to_char(raised_on, 'YYYY-MM-DD') AS "raisedOn", detail, nudged_at AS "nudgedAt"
         FROM patto.coach_alerts WHERE resolved_at IS NULL AND citizen_id = ANY($1::uuid[])`,
      [citizenIds],
    ) as Promise<AlertRow[]>;
  }
  async resolveInactive(m: EntityManager, citizenId: string, at: Date): Promise<void> {
    await m.getRepository(CoachAlertEntity).update({ citizenId, kind: 'inactive', resolvedAt: IsNull() }, { resolvedAt: at });
  }
  async markNudged(m: EntityManager, where: { citizenId: string } | { alertId: string }): Promise<void> {
    if ('alertId' in where) await m.query(`UPDATE patto.coach_alerts SET nudged_at = now() WHERE id = $1`, [where.alertId]);
    else await m.query(`UPDATE patto.coach_alerts SET nudged_at = now() WHERE citizen_id = $1 AND resolved_at IS NULL`, [where.citizenId]);
  }
  sweepCandidates(m: EntityManager, today: string): Promise<SweepCandidate[]> {
    return m.query(
      `SELECT p.citizen_id AS "citizenId",
              (SELECT max(greatest(i.activity_date, i.status_at::date)) FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.status <> 'todo') AS "last",
              (SELECT min(v.signed_at)::date FROM patto.patto_versions v WHERE v.patto_id = p.id AND v.signed_at IS NOT NULL) AS "signedOn",
              (SELECT string_agg(i.title, '; ') FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.status = 'todo' AND i.due_date < $1::date) AS "missed"
         FROM patto.patti p WHERE p.status = 'signed'`,
      [today],
    ) as Promise<SweepCandidate[]>;
  }
  /** Opens an alert unless one of that kind is open: the new alert's id, or null. */
  async openAlert(m: EntityManager, a: { citizenId: string; kind: 'inactive' | 'missed_action'; raisedOn: string; detail: string }): Promise<string | null> {
    const ins = (await m.query(
      `INSERT INTO patto.coach_alerts (citizen_id, kind, raised_on, detail) VALUES ($1, $2, $3, $4) ON CONFLICT (citizen_id, kind) WHERE resolved_at IS NULL DO NOTHING RETURNING id`,
      [a.citizenId, a.kind, a.raisedOn, a.detail],
    )) as { id: string }[];
    return ins[0]?.id ?? null;
  }
  async resolveAlerts(m: EntityManager, citizenId: string, kind: string): Promise<number> {
    return returned(await m.query(`UPDATE patto.coach_alerts SET resolved_at = now() WHERE citizen_id = $1 AND kind = $2 AND resolved_at IS NULL RETURNING id`, [citizenId, kind]))
      .length;
  }

  // ---- the action-missed producer
  /**
   * Marks, and returns, the actions of signed patti that passed their due date (before `today`) without being done,
   * not yet reported. The row lock and the `IS NULL` re-check make a concurrent run skip them.
   */
  async markMissedActions(m: EntityManager, today: string): Promise<MissedActionRow[]> {
    return returned<MissedActionRow>(
      await m.query(
        `UPDATE patto.plan_items i SET missed_published_at = now()
         FROM patto.patti p
        WHERE p.id = i.patto_id AND p.status = 'signed' AND i.source = 'patto' AND i.status <> 'done'
          AND i.due_date < $1::date AND i.missed_published_at IS NULL
        RETURNING i.id AS "planItemId", i.patto_id AS "pattoId", p.citizen_fiscal_code AS "citizenFiscalCode", p.office_id AS "officeId",
                  i.kind, to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate"`,
        [today],
      ),
    );
  }
}
