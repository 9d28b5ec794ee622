import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode, type EcoachItemResponse, type EcoachPersonResponse, type EcoachResponse, type LogActivityBody, type PeerFeedbackResponse,
  type PlanItemResponse, type PlanResponse,
} from '@opencpi/contracts';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { addDays } from '../../agenda/domain/rome-time';
import { DossierService, type UploadedFile } from '../../dossier/dossier.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { DidService, todayRome } from '../did/did.service';
import { CoachAlertEntity } from '../entities/coach-alert.entity';
import { PlanItemEntity } from '../entities/plan-item.entity';

export const COACH_SWEEP_QUEUE = 'patto.coach-sweep';
/** Peer feedback is shown only when the comparison group has at least this many people (issue 4). */
export const MIN_PEER_GROUP = 10;
const GENTLE = 'Non vediamo nuove attività nel suo piano da qualche giorno. Ogni passo conta: registri le candidature inviate o ci scriva se ha bisogno di una mano.';

interface FollowedRow { citizenId: string; fiscalCode: string; name: string; pathway: number; lastActivityOn: string | null; last30: number; overdue: number }

/** The person's plan, the e-coach view of the people an office follows, alerts and nudges, peer feedback. */
@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: RegistryService,
    private readonly did: DidService,
    private readonly dossier: DossierService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly env: Env,
    jobs: JobQueue,
  ) {
    jobs.register<Record<string, never>>(COACH_SWEEP_QUEUE, async () => { await this.sweep(); }, { retryLimit: 0 });
    jobs.scheduleEvery(COACH_SWEEP_QUEUE, '0 8 * * *');
  }

  private async toItems(rows: PlanItemEntity[], today: string): Promise<PlanItemResponse[]> {
    const names = await this.dossier.namesOf(rows.flatMap((r) => (r.proofDocumentId ? [r.proofDocumentId] : [])));
    return rows.map((r) => ({
      id: r.id, source: r.source, kind: r.kind, title: r.title, ...(r.employer ? { employer: r.employer } : {}), ...(r.provider ? { provider: r.provider } : {}),
      ...(r.dueDate ? { dueDate: r.dueDate } : {}), ...(r.activityDate ? { date: r.activityDate } : {}), status: r.status,
      overdue: r.status === 'todo' && !!r.dueDate && r.dueDate < today, ...(r.notes ? { notes: r.notes } : {}),
      ...(r.proofDocumentId ? { proofDocumentId: r.proofDocumentId, proofFileName: names.get(r.proofDocumentId) ?? '' } : {}),
      createdAt: r.createdAt.toISOString(),
    }));
  }

  private async itemsOf(citizenId: string): Promise<PlanItemEntity[]> {
    return this.db.getRepository(PlanItemEntity).find({ where: { citizenId }, order: { dueDate: 'ASC', activityDate: 'DESC', createdAt: 'DESC' } });
  }

  async plan(ctx: RequestContext, now = new Date()): Promise<PlanResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const today = todayRome(now);
    const [items, peers] = await Promise.all([this.itemsOf(me.id), this.peers(me.id, today)]);
    await this.audit.record(ctx, { action: 'patto.plan.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return { items: await this.toItems(items, today), ...(peers ? { peers } : {}) };
  }

  /**
   * "People with a profile like yours in your area": the others with an open patto at the same office on the same
   * GOL pathway; applications logged this calendar month. Nothing when the group has fewer than MIN_PEER_GROUP people.
   */
  async peers(citizenId: string, today: string): Promise<PeerFeedbackResponse | null> {
    const month = today.slice(0, 7);
    const from = `${month}-01`;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
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
    const r = rows[0]!;
    if (r.size < MIN_PEER_GROUP || r.median === null) return null;
    return { month, groupSize: r.size, medianApplications: Number(r.median), myApplications: r.mine };
  }

  async log(ctx: RequestContext, body: LogActivityBody, now = new Date()): Promise<PlanItemResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const today = todayRome(now);
    if (body.date > today) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'date is in the future', [{ pointer: '/date', detail: 'date cannot be in the future', constraint: 'notFuture' }]);
    const item = await this.db.transaction(async (m) => {
      const saved = await m.getRepository(PlanItemEntity).save(m.getRepository(PlanItemEntity).create({
        citizenId: me.id, source: 'own', kind: body.kind, title: body.title.trim(), employer: body.employer?.trim() || null,
        activityDate: body.date, status: 'done', statusAt: now, notes: body.notes?.trim() || null,
      }));
      await m.getRepository(CoachAlertEntity).update({ citizenId: me.id, kind: 'inactive', resolvedAt: IsNull() }, { resolvedAt: now });
      await this.audit.record(ctx, { action: 'patto.plan.activity-logged', resourceType: 'plan_item', resourceId: saved.id, subjectFiscalCode: me.fiscalCode }, m);
      return saved;
    });
    return (await this.toItems([item], today))[0]!;
  }

  async setStatus(ctx: RequestContext, itemId: string, status: 'done' | 'not_done', now = new Date()): Promise<PlanItemResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const item = await this.db.transaction(async (m) => {
      const it = await m.getRepository(PlanItemEntity).findOne({ where: { id: itemId, citizenId: me.id }, lock: { mode: 'pessimistic_write' } });
      if (!it) throw new DomainError(ErrorCode.PLAN_ITEM_NOT_FOUND);
      await m.getRepository(PlanItemEntity).update(it.id, { status, statusAt: now });
      await this.audit.record(ctx, { action: 'patto.plan.status', resourceType: 'plan_item', resourceId: it.id, subjectFiscalCode: me.fiscalCode, details: { status } }, m);
      return m.getRepository(PlanItemEntity).findOneByOrFail({ id: it.id });
    });
    return (await this.toItems([item], todayRome(now)))[0]!;
  }

  /** A proof (PDF/JPEG/PNG) attached to an item; the file goes to the reserved area in the same transaction. */
  async attachProof(ctx: RequestContext, itemId: string, file: UploadedFile | undefined): Promise<PlanItemResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const item = await this.db.transaction(async (m) => {
      const it = await m.getRepository(PlanItemEntity).findOne({ where: { id: itemId, citizenId: me.id }, lock: { mode: 'pessimistic_write' } });
      if (!it) throw new DomainError(ErrorCode.PLAN_ITEM_NOT_FOUND);
      const doc = await this.dossier.storeDocument(m, ctx, me, file, 'proof', 'citizen');
      await m.getRepository(PlanItemEntity).update(it.id, { proofDocumentId: doc.id });
      return m.getRepository(PlanItemEntity).findOneByOrFail({ id: it.id });
    });
    return (await this.toItems([item], todayRome()))[0]!;
  }

  // ------------------------------------------------------------------ e-coach

  private async followed(officeIds: string[], today: string, citizenId?: string): Promise<FollowedRow[]> {
    return (await this.db.query(
      `SELECT p.citizen_id AS "citizenId", p.citizen_fiscal_code AS "fiscalCode", c.given_name || ' ' || c.family_name AS "name",
              (v.content->>'pathway')::int AS "pathway",
              to_char((SELECT max(greatest(i.activity_date, i.status_at::date)) FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.status <> 'todo'), 'YYYY-MM-DD') AS "lastActivityOn",
              (SELECT count(*) FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.source = 'own' AND i.activity_date > $2::date - 30)::int AS "last30",
              (SELECT count(*) FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.status = 'todo' AND i.due_date < $2::date)::int AS "overdue"
         FROM patto.patti p
         JOIN patto.patto_versions v ON v.patto_id = p.id AND v.status = 'signed'
         JOIN registry.citizens c ON c.id = p.citizen_id
        WHERE p.status = 'signed' AND p.office_id = ANY($1::uuid[]) AND ($3::uuid IS NULL OR p.citizen_id = $3::uuid)
        ORDER BY c.family_name, c.given_name`,
      [officeIds, today, citizenId ?? null],
    )) as FollowedRow[];
  }

  private async withAlerts(rows: FollowedRow[]): Promise<EcoachItemResponse[]> {
    const alerts = rows.length ? await this.db.query(
      `SELECT citizen_id AS "citizenId", kind, to_char(raised_on, 'YYYY-MM-DD') AS "raisedOn", detail, nudged_at AS "nudgedAt"
         FROM patto.coach_alerts WHERE resolved_at IS NULL AND citizen_id = ANY($1::uuid[])`, [rows.map((r) => r.citizenId)],
    ) as { citizenId: string; kind: string; raisedOn: string; detail: string | null; nudgedAt: Date | null }[] : [];
    return rows.map((r) => ({
      citizenId: r.citizenId, fiscalCode: r.fiscalCode.trim(), name: r.name, pathway: r.pathway, ...(r.lastActivityOn ? { lastActivityOn: r.lastActivityOn } : {}),
      activitiesLast30Days: r.last30, overdueActions: r.overdue,
      alerts: alerts.filter((a) => a.citizenId === r.citizenId).map((a) => ({
        kind: a.kind, raisedOn: a.raisedOn, ...(a.detail ? { detail: a.detail } : {}), ...(a.nudgedAt ? { nudgedAt: new Date(a.nudgedAt).toISOString() } : {}),
      })),
    }));
  }

  async ecoach(ctx: RequestContext, now = new Date()): Promise<EcoachResponse> {
    const staff = ctx.principal.staff;
    if (!staff) throw new DomainError(ErrorCode.FORBIDDEN);
    const today = todayRome(now);
    const items = await this.withAlerts(await this.followed(staff.officeIds, today));
    await this.audit.record(ctx, items.map((i) => ({ action: 'patto.ecoach.result', resourceType: 'citizen', resourceId: i.citizenId, subjectFiscalCode: i.fiscalCode })));
    return { inactivityDays: await this.did.parameter('ecoach_inactivity_days', today), items };
  }

  async ecoachPerson(ctx: RequestContext, citizenId: string, now = new Date()): Promise<EcoachPersonResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.ecoach.read');
    const today = todayRome(now);
    const [person] = await this.withAlerts(await this.followed([citizen.officeId!], today, citizen.id));
    if (!person) throw new DomainError(ErrorCode.PATTO_NOT_FOUND, 'This person has no signed patto followed by your office');
    const activities = (await this.itemsOf(citizen.id)).sort((a, b) => (b.activityDate ?? b.dueDate ?? '').localeCompare(a.activityDate ?? a.dueDate ?? ''));
    return { person, activities: await this.toItems(activities, today) };
  }

  async nudge(ctx: RequestContext, citizenId: string, message: string | undefined): Promise<EcoachPersonResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.ecoach.nudge');
    await this.db.transaction(async (m) => {
      await this.sendNudge(m, citizen, message?.trim() || GENTLE, `manual:${Date.now()}`);
      await m.query(`UPDATE patto.coach_alerts SET nudged_at = now() WHERE citizen_id = $1 AND resolved_at IS NULL`, [citizen.id]);
      await this.audit.record(ctx, { action: 'patto.ecoach.nudged', resourceType: 'citizen', resourceId: citizen.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId }, m);
    });
    return this.ecoachPerson(ctx, citizenId);
  }

  private sendNudge(m: EntityManager, c: CitizenRef, message: string, key: string) {
    return this.notifications.enqueue(m, {
      key: `ecoach:${c.id}:${key}`, recipient: { fiscalCode: c.fiscalCode, email: c.email, mobilePhone: c.mobilePhone },
      template: 'ecoach.nudge', vars: { name: c.givenName, message, link: `${this.env.CITIZEN_WEB_URL}/piano` },
    });
  }

  /**
   * Daily: opens an alert for each followed person with no activity for N days (since the patto was signed at the
   * earliest) or a missed patto action, nudges them once per alert, and resolves alerts that no longer hold.
   */
  async sweep(now = new Date()): Promise<{ opened: number; resolved: number }> {
    const today = todayRome(now);
    const days = await this.did.parameter('ecoach_inactivity_days', today);
    const since = addDays(today, -days);
    return this.db.transaction(async (m) => {
      const candidates = (await m.query(
        `SELECT p.citizen_id AS "citizenId",
                (SELECT max(greatest(i.activity_date, i.status_at::date)) FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.status <> 'todo') AS "last",
                (SELECT min(v.signed_at)::date FROM patto.patto_versions v WHERE v.patto_id = p.id AND v.signed_at IS NOT NULL) AS "signedOn",
                (SELECT string_agg(i.title, '; ') FROM patto.plan_items i WHERE i.citizen_id = p.citizen_id AND i.status = 'todo' AND i.due_date < $1::date) AS "missed"
           FROM patto.patti p WHERE p.status = 'signed'`,
        [today],
      )) as { citizenId: string; last: string | null; signedOn: string | null; missed: string | null }[];
      let opened = 0;
      let resolved = 0;
      const iso = (d: string | Date | null) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : todayRome(d));
      for (const c of candidates) {
        const last = iso(c.last) ?? iso(c.signedOn);
        const want = { inactive: last !== null && last < since, missed_action: c.missed !== null };
        for (const kind of ['inactive', 'missed_action'] as const) {
          if (want[kind]) {
            const ins = (await m.query(
              `INSERT INTO patto.coach_alerts (citizen_id, kind, raised_on, detail) VALUES ($1, $2, $3, $4) ON CONFLICT (citizen_id, kind) WHERE resolved_at IS NULL DO NOTHING RETURNING id`,
              [c.citizenId, kind, today, kind === 'missed_action' ? c.missed!.slice(0, 300) : `${days}`],
            )) as { id: string }[];
            if (ins.length > 0) {
              opened++;
              const details = await this.registry.citizenDetails(c.citizenId);
              if (details) {
                await this.sendNudge(m, details, GENTLE, `alert:${ins[0]!.id}`);
                await m.query(`UPDATE patto.coach_alerts SET nudged_at = now() WHERE id = $1`, [ins[0]!.id]);
              }
            }
          } else {
            const r = (await m.query(`UPDATE patto.coach_alerts SET resolved_at = now() WHERE citizen_id = $1 AND kind = $2 AND resolved_at IS NULL RETURNING id`, [c.citizenId, kind])) as unknown[];
            resolved += Array.isArray(r[0]) ? (r[0] as unknown[]).length : r.length;
          }
        }
      }
      return { opened, resolved };
    });
  }
}
