import { Injectable } from '@nestjs/common';
import { Role } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../platform/auth/request-context';
import type { Locale } from '../../../platform/i18n/locale';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { romeParts, romeToInstant, addDays } from '../../../platform/time/rome-time';
import { AgendaService } from '../../agenda/agenda.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService } from '../../registry/registry.service';
import { CampaignsRepository, type RecipientRow } from '../campaigns.repository';
import { roomToday, windowState } from '../domain/send-window';
import type { CampaignEntity } from '../entities/campaign.entity';
import { authoredText } from '../domain/message-languages';
import { bookLine } from '../i18n/campaigns-catalogue';

export const CAMPAIGN_SEND_QUEUE = 'campaigns.send';
const BATCH = 200;

/** The message key of a person in a campaign: the variant is in it, so the funnel reads each variant's deliveries by prefix. */
export const messageKey = (campaignId: string, variant: string, citizenId: string) => `campaign:${campaignId}:${variant}:${citizenId}`;

/**
 * The sending job (pg-boss, every 5 minutes and once at each launch): for every running campaign whose window is open
 * now (Rome days and hours), the next pending recipients up to the day's cap, each in the campaign's channel and their
 * variant, with an agenda invitation for an invitation campaign. The campaign row is locked while a batch is chosen
 * and sent, so two workers never exceed the cap. `now` is a parameter (tests simulate days).
 */
@Injectable()
export class CampaignSenderService {
  constructor(
    private readonly repo: CampaignsRepository,
    private readonly agenda: AgendaService,
    private readonly notifications: NotificationsService,
    private readonly registry: RegistryService,
    jobs: JobQueue,
  ) {
    jobs.register<Record<string, never>>(
      CAMPAIGN_SEND_QUEUE,
      async () => {
        await this.runDue();
      },
      { retryLimit: 3 },
    );
    jobs.scheduleEvery(CAMPAIGN_SEND_QUEUE, '*/5 * * * *');
  }

  /** One pass over the running campaigns; returns how many people were processed. */
  async runDue(now = new Date()): Promise<number> {
    let n = 0;
    for (const id of await this.repo.runningIds()) n += await this.sendDay(id, now);
    return n;
  }

  /** The launching manager, as the actor of what the job does for the campaign (audit). */
  private actor(c: CampaignEntity): RequestContext {
    const [givenName = '', ...rest] = (c.launchedByName ?? '').split(' ');
    return {
      ip: null,
      userAgent: null,
      correlationId: `campaign:${c.id}`,
      principal: {
        sessionId: `campaign:${c.id}`,
        fiscalCode: c.launchedBy ?? c.createdBy,
        givenName,
        familyName: rest.join(' '),
        roles: [Role.CpiManager],
        spidLevel: 2,
        kind: 'spid',
        app: 'operator',
        absoluteExpiresAt: romeToInstant(addDays(c.endDate, 1), '00:00') ?? new Date(),
        csrfToken: '',
      },
    };
  }

  async sendDay(campaignId: string, now = new Date()): Promise<number> {
    return this.repo.transaction(async (m) => {
      const c = await this.repo.byId(campaignId, m, true);
      if (!c || c.status !== 'running') return 0;
      const local = romeParts(now);
      const state = windowState(c, local);
      if (state === 'after') {
        await this.repo.markCompleted(m, c.id, now);
        return 0;
      }
      if (state !== 'open') return 0;
      const room = roomToday(c.dailyCap, await this.repo.processedOn(m, c.id, local.date));
      if (room === 0) return 0;
      const batch = await this.repo.pending(m, c.id, Math.min(room, BATCH));
      const citizens = await this.registry.citizensByIds(batch.map((r) => r.citizenId));
      const ctx = this.actor(c);
      for (const r of batch) await this.sendOne(m, c, r, citizens.get(r.citizenId) ?? null, ctx, local.date, now);
      if ((await this.repo.pendingCount(m, c.id)) === 0) await this.repo.markCompleted(m, c.id, now);
      return batch.length;
    });
  }

  private async sendOne(
    m: EntityManager,
    c: CampaignEntity,
    r: RecipientRow,
    person: { id: string; fiscalCode: string; givenName: string; familyName: string; email: string | null; mobilePhone: string | null } | null,
    ctx: RequestContext,
    day: string,
    now: Date,
  ): Promise<void> {
    const variant = c.variants.find((v) => v.variant === r.variant) ?? c.variants[0]!;
    let invitationId: string | null = null;
    let link: string | Record<Locale, string> = '';
    if (person && c.kind === 'invitation' && c.serviceType && c.withinDays) {
      const inv = await this.agenda.inviteForCampaign(
        m,
        ctx,
        { citizenId: person.id, fiscalCode: person.fiscalCode, officeId: c.officeId, serviceType: c.serviceType, withinDays: c.withinDays },
        now,
      );
      invitationId = inv.invitationId;
      link = bookLine(inv.link, inv.lastDay);
    }
    const ids = person
      ? await this.notifications.enqueue(m, {
          key: messageKey(c.id, r.variant, r.citizenId),
          recipient: { fiscalCode: person.fiscalCode, email: person.email, mobilePhone: person.mobilePhone },
          template: 'campaign.message',
          vars: {
            name: `${person.givenName} ${person.familyName}`,
            subject: authoredText(variant, 'subject'),
            body: authoredText(variant, 'body'),
            link,
          },
          channels: [c.channel],
        })
      : [];
    await this.repo.markProcessed(m, { campaignId: c.id, citizenId: r.citizenId, status: ids.length > 0 ? 'sent' : 'unreachable', day, at: now, invitationId });
  }
}
