import { Injectable } from '@nestjs/common';
import { ErrorCode, type LogActivityBody, type PeerFeedbackResponse, type PlanItemResponse, type PlanResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { todayRome } from '../../../platform/time/rome-time';
import { DossierService, type UploadedFile } from '../../dossier/dossier.service';
import { RegistryService } from '../../registry/registry.service';
import type { PlanItemEntity } from '../entities/plan-item.entity';
import { PlanRepository } from './plan.repository';

/** Peer feedback is shown only when the comparison group has at least this many people (issue 4). */
export const MIN_PEER_GROUP = 10;

/** The person's plan: the signed patto's actions and their own activities with proofs, and peer feedback. */
@Injectable()
export class PlanService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly registry: RegistryService,
    private readonly dossier: DossierService,
    private readonly audit: AuditService,
  ) {}

  async toItems(rows: PlanItemEntity[], today: string): Promise<PlanItemResponse[]> {
    const names = await this.dossier.namesOf(rows.flatMap((r) => (r.proofDocumentId ? [r.proofDocumentId] : [])));
    return rows.map((r) => ({
      id: r.id,
      source: r.source,
      kind: r.kind,
      title: r.title,
      ...(r.employer ? { employer: r.employer } : {}),
      ...(r.provider ? { provider: r.provider } : {}),
      ...(r.agencyName ? { agencyName: r.agencyName } : {}),
      ...(r.dueDate ? { dueDate: r.dueDate } : {}),
      ...(r.activityDate ? { date: r.activityDate } : {}),
      status: r.status,
      overdue: r.status === 'todo' && !!r.dueDate && r.dueDate < today,
      ...(r.notes ? { notes: r.notes } : {}),
      ...(r.proofDocumentId ? { proofDocumentId: r.proofDocumentId, proofFileName: names.get(r.proofDocumentId) ?? '' } : {}),
      createdAt: r.createdAt.toISOString(),
    }));
  }

  itemsOf(citizenId: string): Promise<PlanItemEntity[]> {
    return this.repo.itemsOf(citizenId);
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
    const [y, m] = month.split('-').map(Number) as [number, number];
    const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const r = await this.repo.peerCounts(citizenId, `${month}-01`, to);
    if (r.size < MIN_PEER_GROUP || r.median === null) return null;
    return { month, groupSize: r.size, medianApplications: Number(r.median), myApplications: r.mine };
  }

  async log(ctx: RequestContext, body: LogActivityBody, now = new Date()): Promise<PlanItemResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const today = todayRome(now);
    if (body.date > today)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'date is in the future', [{ pointer: '/date', detail: 'date cannot be in the future', constraint: 'notFuture' }]);
    const item = await this.repo.transaction(async (m) => {
      const saved = await this.repo.insertItem(m, {
        citizenId: me.id,
        source: 'own',
        kind: body.kind,
        title: body.title.trim(),
        employer: body.employer?.trim() || null,
        activityDate: body.date,
        status: 'done',
        statusAt: now,
        notes: body.notes?.trim() || null,
      });
      await this.repo.resolveInactive(m, me.id, now);
      await this.audit.record(ctx, { action: 'patto.plan.activity-logged', resourceType: 'plan_item', resourceId: saved.id, subjectFiscalCode: me.fiscalCode }, m);
      return saved;
    });
    return (await this.toItems([item], today))[0]!;
  }

  async setStatus(ctx: RequestContext, itemId: string, status: 'done' | 'not_done', now = new Date()): Promise<PlanItemResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const item = await this.repo.transaction(async (m) => {
      const it = await this.repo.lockItem(m, itemId, me.id);
      if (!it) throw new DomainError(ErrorCode.PLAN_ITEM_NOT_FOUND);
      const updated = await this.repo.updateItem(m, it.id, { status, statusAt: now });
      await this.audit.record(ctx, { action: 'patto.plan.status', resourceType: 'plan_item', resourceId: it.id, subjectFiscalCode: me.fiscalCode, details: { status } }, m);
      return updated;
    });
    return (await this.toItems([item], todayRome(now)))[0]!;
  }

  /** A proof (PDF/JPEG/PNG) attached to an item; the file goes to the reserved area in the same transaction. */
  async attachProof(ctx: RequestContext, itemId: string, file: UploadedFile | undefined): Promise<PlanItemResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const item = await this.repo.transaction(async (m) => {
      const it = await this.repo.lockItem(m, itemId, me.id);
      if (!it) throw new DomainError(ErrorCode.PLAN_ITEM_NOT_FOUND);
      const doc = await this.dossier.storeDocument(m, ctx, me, file, 'proof', 'citizen');
      return this.repo.updateItem(m, it.id, { proofDocumentId: doc.id });
    });
    return (await this.toItems([item], todayRome()))[0]!;
  }
}
