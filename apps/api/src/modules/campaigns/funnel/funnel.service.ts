import { Injectable } from '@nestjs/common';
import type { CampaignFunnelResponse, CampaignFunnelRow } from '@opencpi/contracts';
import type { RequestContext } from '../../../platform/auth/request-context';
import { AgendaService } from '../../agenda/agenda.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { CampaignsRepository } from '../campaigns.repository';
import { CampaignsService } from '../campaigns.service';

/**
 * A campaign's results per variant and in total: sent (a message written for the person) → delivered (the provider
 * took it and no receipt says it failed; notifications) → opened link → booked → attended (agenda, invitation
 * campaigns only). Counts of people; read through the owners' services, nothing stored here.
 */
@Injectable()
export class FunnelService {
  constructor(
    private readonly repo: CampaignsRepository,
    private readonly campaigns: CampaignsService,
    private readonly notifications: NotificationsService,
    private readonly agenda: AgendaService,
  ) {}

  async funnel(ctx: RequestContext, campaignId: string): Promise<CampaignFunnelResponse> {
    const c = await this.campaigns.visible(ctx, campaignId);
    const recipients = await this.repo.recipientsOf(c.id);
    const invitation = c.kind === 'invitation';
    const outcomes = invitation ? await this.agenda.invitationOutcomes(recipients.flatMap((r) => (r.invitationId ? [r.invitationId] : []))) : new Map();
    const rows: CampaignFunnelRow[] = [];
    for (const v of c.variants) {
      const mine = recipients.filter((r) => r.variant === v.variant);
      const deliveries = await this.notifications.deliveriesFor(`campaign:${c.id}:${v.variant}:`);
      const delivered = deliveries.filter((d) => d.status === 'sent' && d.receiptStatus !== 'failed').length;
      const steps = mine.map((r) => (r.invitationId ? outcomes.get(r.invitationId) : undefined));
      rows.push({
        variant: v.variant,
        recipients: mine.length,
        sent: mine.filter((r) => r.status === 'sent').length,
        delivered,
        ...(invitation ? { opened: steps.filter((s) => s?.opened).length, booked: steps.filter((s) => s?.booked).length, attended: steps.filter((s) => s?.attended).length } : {}),
      });
    }
    const sum = (k: 'recipients' | 'sent' | 'delivered' | 'opened' | 'booked' | 'attended') => rows.reduce((n, r) => n + (r[k] ?? 0), 0);
    const total: CampaignFunnelRow = {
      variant: 'all',
      recipients: sum('recipients'),
      sent: sum('sent'),
      delivered: sum('delivered'),
      ...(invitation ? { opened: sum('opened'), booked: sum('booked'), attended: sum('attended') } : {}),
    };
    return { campaignId: c.id, variants: rows, total };
  }
}
