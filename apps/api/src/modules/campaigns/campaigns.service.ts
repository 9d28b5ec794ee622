import { Injectable } from '@nestjs/common';
import { ErrorCode, type CampaignResponse, type CreateCampaignBody, type SegmentBody, type SegmentPreviewBody, type SegmentPreviewResponse } from '@opencpi/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/auth/request-context';
import { DomainError } from '../../platform/errors/domain-error';
import { JobQueue } from '../../platform/jobs/job-queue';
import { todayRome } from '../../platform/time/rome-time';
import { AgendaService } from '../agenda/agenda.service';
import { RegistryService } from '../registry/registry.service';
import { toCampaignResponse } from './campaigns.mapper';
import { CampaignsRepository } from './campaigns.repository';
import { optionalTexts } from './domain/message-languages';
import { variantOf } from './domain/variant';
import type { CampaignEntity } from './entities/campaign.entity';
import { SegmentsService } from './segments/segments.service';
import { CAMPAIGN_SEND_QUEUE } from './sending/campaign-sender.service';

/** Only the parameters of the segment's kind are kept (the others would mean nothing). */
function segmentOf(s: SegmentBody): SegmentBody {
  switch (s.kind) {
    case 'did_without_patto':
      return { kind: s.kind, olderThanDays: s.olderThanDays ?? 0 };
    case 'fit_new_vacancies':
      return { kind: s.kind, publishedWithinDays: s.publishedWithinDays ?? 1, ...(s.minScore !== undefined ? { minScore: s.minScore } : {}) };
    case 'unanswered_invitation':
      return { kind: s.kind, sentWithinDays: s.sentWithinDays ?? 1 };
  }
}

/** A manager's campaigns of their offices (cpi_manager: their own; region_admin: every office of the region). */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly repo: CampaignsRepository,
    private readonly segments: SegmentsService,
    private readonly registry: RegistryService,
    private readonly agenda: AgendaService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

  private requireOffice(ctx: RequestContext, officeId: string): void {
    if (!ctx.principal.staff?.officeIds.includes(officeId))
      throw new DomainError(ErrorCode.OFFICE_NOT_SERVED, undefined, [{ pointer: '/officeId', detail: 'not one of your offices' }]);
  }

  /** The campaign if it belongs to one of the caller's offices; CAMPAIGN_NOT_FOUND otherwise (also for another office's). */
  async visible(ctx: RequestContext, id: string): Promise<CampaignEntity> {
    const c = await this.repo.byId(id);
    if (!c || !ctx.principal.staff?.officeIds.includes(c.officeId)) throw new DomainError(ErrorCode.CAMPAIGN_NOT_FOUND);
    return c;
  }

  private async respond(list: CampaignEntity[]): Promise<CampaignResponse[]> {
    const names = await this.registry.officeNames([...new Set(list.map((c) => c.officeId))]);
    return list.map((c) => toCampaignResponse(c, names.get(c.officeId) ?? ''));
  }

  /** How many people the segment holds today (a count: no one's data leaves the server). */
  async preview(ctx: RequestContext, body: SegmentPreviewBody, now = new Date()): Promise<SegmentPreviewResponse> {
    this.requireOffice(ctx, body.officeId);
    const { people, optedOut } = await this.segments.peopleOf(body.officeId, segmentOf(body.segment), now);
    return { size: people.length, optedOut };
  }

  async create(ctx: RequestContext, body: CreateCampaignBody, now = new Date()): Promise<CampaignResponse> {
    this.requireOffice(ctx, body.officeId);
    if (body.endDate < body.startDate)
      throw new DomainError(ErrorCode.CAMPAIGN_WINDOW_INVALID, 'The last day comes before the first', [{ pointer: '/endDate', detail: 'before startDate' }]);
    if (body.endDate < todayRome(now)) throw new DomainError(ErrorCode.CAMPAIGN_WINDOW_INVALID, 'The window is over', [{ pointer: '/endDate', detail: 'in the past' }]);
    if (body.sendUntil <= body.sendFrom) throw new DomainError(ErrorCode.CAMPAIGN_WINDOW_INVALID, 'No daily hours', [{ pointer: '/sendUntil', detail: 'not after sendFrom' }]);
    const invitation = body.kind === 'invitation';
    if (invitation && !(await this.agenda.serviceTypeExists(body.serviceType ?? '')))
      throw new DomainError(ErrorCode.SERVICE_TYPE_UNKNOWN, `No service type "${body.serviceType}"`, [{ pointer: '/serviceType', detail: 'unknown service type' }]);
    const segment = segmentOf(body.segment);
    const { people } = await this.segments.peopleOf(body.officeId, segment, now);
    const saved = await this.repo.transaction(async (m) => {
      const c = await this.repo.insert(m, {
        name: body.name.trim(),
        officeId: body.officeId,
        segment,
        channel: body.channel,
        kind: body.kind,
        serviceType: invitation ? (body.serviceType ?? null) : null,
        withinDays: invitation ? (body.withinDays ?? null) : null,
        startDate: body.startDate,
        endDate: body.endDate,
        sendFrom: body.sendFrom,
        sendUntil: body.sendUntil,
        dailyCap: body.dailyCap,
        variants: body.variants.map((v, i) => ({
          variant: i === 0 ? 'A' : 'B',
          subjectIt: v.subjectIt,
          subjectEn: v.subjectEn,
          bodyIt: v.bodyIt,
          bodyEn: v.bodyEn,
          ...optionalTexts(v),
        })),
        previewSize: people.length,
        createdBy: ctx.principal.fiscalCode,
      });
      await this.audit.record(
        ctx,
        { action: 'campaigns.campaign.create', resourceType: 'campaign', resourceId: c.id, subjectFiscalCode: null, actorOfficeId: body.officeId, details: { segment } },
        m,
      );
      return c;
    });
    return (await this.respond([saved]))[0]!;
  }

  async list(ctx: RequestContext): Promise<CampaignResponse[]> {
    return this.respond(await this.repo.ofOffices(ctx.principal.staff?.officeIds ?? []));
  }

  async one(ctx: RequestContext, id: string): Promise<CampaignResponse> {
    return (await this.respond([await this.visible(ctx, id)]))[0]!;
  }

  /**
   * The confirmed bulk send: the segment is computed again now and frozen (people then in it, minus those who opted
   * out: `launchSize`), each person gets their variant, and the sending job takes it day by day within the window and cap.
   */
  async launch(ctx: RequestContext, id: string, now = new Date()): Promise<CampaignResponse> {
    const draft = await this.visible(ctx, id);
    if (draft.status !== 'draft') throw new DomainError(ErrorCode.CAMPAIGN_NOT_DRAFT);
    const { people } = await this.segments.peopleOf(draft.officeId, draft.segment, now);
    if (people.length === 0) throw new DomainError(ErrorCode.CAMPAIGN_SEGMENT_EMPTY);
    await this.repo.transaction(async (m) => {
      const c = await this.repo.byId(id, m, true);
      if (!c || c.status !== 'draft') throw new DomainError(ErrorCode.CAMPAIGN_NOT_DRAFT);
      const rows = people.map((p) => ({ citizenId: p.id, fiscalCode: p.fiscalCode, variant: variantOf(c.id, p.id, c.variants.length) }));
      await this.repo.insertRecipients(m, c.id, rows);
      await this.repo.markLaunched(m, c.id, { size: rows.length, at: now, by: ctx.principal.fiscalCode, byName: `${ctx.principal.givenName} ${ctx.principal.familyName}` });
      await this.audit.record(
        ctx,
        rows.map((r) => ({
          action: 'campaigns.recipient.add',
          resourceType: 'campaign',
          resourceId: c.id,
          subjectFiscalCode: r.fiscalCode,
          actorOfficeId: c.officeId,
          details: { variant: r.variant },
        })),
        m,
      );
    });
    await this.jobs.send(CAMPAIGN_SEND_QUEUE, {}); // the first day's batch now, if the window is open
    return this.one(ctx, id);
  }
}
