import { Injectable } from '@nestjs/common';
import { ErrorCode, type EcoachItemResponse, type EcoachPersonResponse, type EcoachResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { addDays, todayRome } from '../../../platform/time/rome-time';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { DidService } from '../did/did.service';
import { toLocale } from '../../../platform/i18n/locale';
import { gentleNudge } from '../i18n/patto-catalogue';
import { PlanRepository, type FollowedRow } from './plan.repository';
import { PlanService } from './plan.service';

export const COACH_SWEEP_QUEUE = 'patto.coach-sweep';

/** The e-coach: the people an office follows (a signed patto), their activity, alerts and nudges. */
@Injectable()
export class EcoachService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly plan: PlanService,
    private readonly registry: RegistryService,
    private readonly did: DidService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly env: Env,
    jobs: JobQueue,
  ) {
    jobs.register<Record<string, never>>(
      COACH_SWEEP_QUEUE,
      async () => {
        await this.sweep();
      },
      { retryLimit: 0 },
    );
    jobs.scheduleEvery(COACH_SWEEP_QUEUE, '0 8 * * *');
  }

  /** Followed people with their names (registry, one batch) and open alerts, by family name then given name. */
  private async withAlerts(rows: FollowedRow[]): Promise<EcoachItemResponse[]> {
    const ids = rows.map((r) => r.citizenId);
    const [alerts, citizens] = await Promise.all([this.repo.openAlertsOf(ids), this.registry.citizensByIds(ids)]);
    const sortKey = (id: string) => citizens.get(id);
    const sorted = [...rows].sort((a, b) => {
      const x = sortKey(a.citizenId);
      const y = sortKey(b.citizenId);
      return (x?.familyName ?? '').localeCompare(y?.familyName ?? '', 'it') || (x?.givenName ?? '').localeCompare(y?.givenName ?? '', 'it');
    });
    return sorted.map((r) => {
      const c = citizens.get(r.citizenId);
      return {
        citizenId: r.citizenId,
        fiscalCode: r.fiscalCode.trim(),
        name: c ? `${c.givenName} ${c.familyName}` : '',
        pathway: r.pathway,
        ...(r.lastActivityOn ? { lastActivityOn: r.lastActivityOn } : {}),
        activitiesLast30Days: r.last30,
        overdueActions: r.overdue,
        alerts: alerts
          .filter((a) => a.citizenId === r.citizenId)
          .map((a) => ({
            kind: a.kind,
            raisedOn: a.raisedOn,
            ...(a.detail ? { detail: a.detail } : {}),
            ...(a.nudgedAt ? { nudgedAt: new Date(a.nudgedAt).toISOString() } : {}),
          })),
      };
    });
  }

  async ecoach(ctx: RequestContext, now = new Date()): Promise<EcoachResponse> {
    const staff = ctx.principal.staff;
    if (!staff) throw new DomainError(ErrorCode.FORBIDDEN);
    const today = todayRome(now);
    const items = await this.withAlerts(await this.repo.followed(staff.officeIds, today));
    await this.audit.record(
      ctx,
      items.map((i) => ({ action: 'patto.ecoach.result', resourceType: 'citizen', resourceId: i.citizenId, subjectFiscalCode: i.fiscalCode })),
    );
    return { inactivityDays: await this.did.parameter('ecoach_inactivity_days', today), items };
  }

  async ecoachPerson(ctx: RequestContext, citizenId: string, now = new Date()): Promise<EcoachPersonResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.ecoach.read');
    const today = todayRome(now);
    const [person] = await this.withAlerts(await this.repo.followed([citizen.officeId!], today, citizen.id));
    if (!person) throw new DomainError(ErrorCode.PATTO_NOT_FOUND, 'This person has no signed patto followed by your office');
    const activities = (await this.plan.itemsOf(citizen.id)).sort((a, b) => (b.activityDate ?? b.dueDate ?? '').localeCompare(a.activityDate ?? a.dueDate ?? ''));
    return { person, activities: await this.plan.toItems(activities, today) };
  }

  async nudge(ctx: RequestContext, citizenId: string, message: string | undefined): Promise<EcoachPersonResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.ecoach.nudge');
    await this.repo.transaction(async (m) => {
      await this.sendNudge(m, citizen, message?.trim() || null, `manual:${Date.now()}`);
      await this.repo.markNudged(m, { citizenId: citizen.id });
      await this.audit.record(
        ctx,
        { action: 'patto.ecoach.nudged', resourceType: 'citizen', resourceId: citizen.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId },
        m,
      );
    });
    return this.ecoachPerson(ctx, citizenId);
  }

  /** The operator's own words, or the gentle default in the person's language. */
  private async sendNudge(m: EntityManager, c: CitizenRef, message: string | null, key: string) {
    const text = message ?? gentleNudge(toLocale((await this.notifications.preferencesOf(m, [c.fiscalCode]))[0]?.locale));
    return this.notifications.enqueue(m, {
      key: `ecoach:${c.id}:${key}`,
      recipient: { fiscalCode: c.fiscalCode, email: c.email, mobilePhone: c.mobilePhone },
      template: 'ecoach.nudge',
      vars: { name: c.givenName, message: text, link: `${this.env.CITIZEN_WEB_URL}/piano` },
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
    return this.repo.transaction(async (m) => {
      const candidates = await this.repo.sweepCandidates(m, today);
      let opened = 0;
      let resolved = 0;
      const iso = (d: string | Date | null) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : todayRome(d));
      for (const c of candidates) {
        const last = iso(c.last) ?? iso(c.signedOn);
        const want = { inactive: last !== null && last < since, missed_action: c.missed !== null };
        for (const kind of ['inactive', 'missed_action'] as const) {
          if (!want[kind]) {
            resolved += await this.repo.resolveAlerts(m, c.citizenId, kind);
            continue;
          }
          const alertId = await this.repo.openAlert(m, { citizenId: c.citizenId, kind, raisedOn: today, detail: kind === 'missed_action' ? c.missed!.slice(0, 300) : `${days}` });
          if (!alertId) continue;
          opened++;
          const details = await this.registry.citizenDetails(c.citizenId);
          if (details) {
            await this.sendNudge(m, details, null, `alert:${alertId}`);
            await this.repo.markNudged(m, { alertId });
          }
        }
      }
      return { opened, resolved };
    });
  }
}
