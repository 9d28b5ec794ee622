import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type PattoContentBody, type PattoResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { addDays, todayRome } from '../../../platform/time/rome-time';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { DidService } from '../did/did.service';
import { renderFullText, renderSummary } from '../domain/patto-text';
import type { PattoContent } from '../entities/patto-version.entity';
import type { PattoEntity } from '../entities/patto.entity';
import { PattiRepository } from '../patti/patti.repository';
import { PattoScopeService } from '../patti/patto-scope.service';
import { PattoViewService } from '../patti/patto-view.service';
import { ProfilingRepository } from '../profiling/profiling.repository';

type Party = 'citizen' | 'operator' | 'agency';
/** Days the parties have to sign a proposed version (dated legal parameter, migration PattoOverdueEvents). */
export const SIGNATURE_DAYS_PARAMETER = 'patto_signature_days';

/**
 * Drafting the patto: a draft per person (one active patto, a database invariant), edits and amendments as new
 * versions, the proposal that freezes text and hash and sets the due date for signature, closing.
 */
@Injectable()
export class DraftingService {
  constructor(
    private readonly repo: PattiRepository,
    private readonly profilings: ProfilingRepository,
    private readonly scope: PattoScopeService,
    private readonly view: PattoViewService,
    private readonly registry: RegistryService,
    private readonly did: DidService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly env: Env,
  ) {}

  private async contentOf(ctx: RequestContext, citizen: CitizenRef, body: PattoContentBody, m: EntityManager): Promise<PattoContent> {
    const agency = body.agencyId ? await this.registry.agency(body.agencyId) : null;
    if (body.agencyId && !agency) throw new DomainError(ErrorCode.AGENCY_NOT_FOUND, 'No such agency', [{ pointer: '/agencyId', detail: 'unknown agency', constraint: 'exists' }]);
    const profiling = await this.profilings.latestOf(citizen.id, m);
    if (!profiling) throw new DomainError(ErrorCode.PROFILING_REQUIRED);
    return {
      pathway: body.pathway,
      agencyId: agency?.id ?? null,
      agencyName: agency?.name ?? null,
      responsibleName: `${ctx.principal.givenName} ${ctx.principal.familyName}`,
      jobSearchActs: body.jobSearchActs.trim(),
      contactFrequencyDays: body.contactFrequencyDays,
      proofOfSearch: body.proofOfSearch.trim(),
      availability: { ...body.availability },
      profilingIndex: Number(profiling.disadvantageIndex),
      actions: body.actions.map((a) => ({ type: a.type, title: a.title.trim(), provider: a.provider, dueDate: a.dueDate })),
    };
  }

  private texts(c: PattoContent, citizen: CitizenRef, officeName: string, version: number) {
    const who = { citizenName: `${citizen.givenName} ${citizen.familyName}`, citizenFiscalCode: citizen.fiscalCode, officeName, version };
    return { summary: renderSummary(c, who), fullText: renderFullText(c, who) };
  }

  async create(ctx: RequestContext, citizenId: string, body: PattoContentBody): Promise<PattoResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.patto.create');
    const staff = this.scope.staffOf(ctx);
    const officeName = (await this.registry.officeName(citizen.officeId!)) ?? '';
    const pattoId = await this.repo.transaction(async (m) => {
      const content = await this.contentOf(ctx, citizen, body, m);
      let patto: PattoEntity;
      try {
        patto = await this.repo.insert(m, {
          citizenId: citizen.id,
          citizenFiscalCode: citizen.fiscalCode,
          officeId: citizen.officeId!,
          agencyId: content.agencyId,
          responsibleStaffId: staff.staffId,
          status: 'draft',
          currentVersion: 1,
        });
      } catch (e) {
        if ((e as { constraint?: string }).constraint === 'patti_one_active_per_person') throw new DomainError(ErrorCode.PATTO_ALREADY_ACTIVE);
        throw e;
      }
      await this.repo.insertVersion(m, {
        pattoId: patto.id,
        version: 1,
        status: 'draft',
        content,
        ...this.texts(content, citizen, officeName, 1),
        requiredParties: [],
        createdBy: ctx.principal.fiscalCode,
      });
      await this.audit.record(
        ctx,
        { action: 'patto.patto.drafted', resourceType: 'patto', resourceId: patto.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId },
        m,
      );
      return patto.id;
    });
    return this.view.reload(pattoId);
  }

  /** Edits the draft; on a signed patto, starts an amendment (a new draft version). A proposed version is frozen. */
  async saveDraft(ctx: RequestContext, pattoId: string, body: PattoContentBody): Promise<PattoResponse> {
    const { patto, citizen } = await this.scope.operatorPatto(ctx, pattoId, 'patto.patto.edit');
    const officeName = (await this.registry.officeName(patto.officeId)) ?? '';
    await this.repo.transaction(async (m) => {
      const p = await this.repo.lock(m, patto.id);
      const latest = (await this.repo.version(p.id, p.currentVersion, m))!;
      const content = await this.contentOf(ctx, citizen, body, m);
      if (p.status === 'closed' || latest.status === 'proposed')
        throw new DomainError(ErrorCode.PATTO_NOT_EDITABLE, `Version ${latest.version} is ${p.status === 'closed' ? 'closed' : 'proposed'}`);
      if (latest.status === 'draft') {
        await this.repo.updateVersion(m, latest.id, { content, ...this.texts(content, citizen, officeName, latest.version) });
      } else {
        const version = latest.version + 1;
        await this.repo.insertVersion(m, {
          pattoId: p.id,
          version,
          status: 'draft',
          content,
          ...this.texts(content, citizen, officeName, version),
          requiredParties: [],
          createdBy: ctx.principal.fiscalCode,
        });
        await this.repo.update(m, p.id, { currentVersion: version });
      }
      await this.audit.record(
        ctx,
        { action: 'patto.patto.draft-saved', resourceType: 'patto', resourceId: p.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId },
        m,
      );
    });
    return this.view.reload(patto.id);
  }

  /**
   * Freezes the draft's text and hash and asks the parties to sign; the person is told where. The parties have until
   * the due date (proposal day in Rome + `patto_signature_days`) to sign; past it, `patto.signature-overdue` is published.
   */
  async propose(ctx: RequestContext, pattoId: string, now = new Date()): Promise<PattoResponse> {
    const { patto, citizen } = await this.scope.operatorPatto(ctx, pattoId, 'patto.patto.propose');
    const officeName = (await this.registry.officeName(patto.officeId)) ?? '';
    await this.repo.transaction(async (m) => {
      const p = await this.repo.lock(m, patto.id);
      const v = (await this.repo.version(p.id, p.currentVersion, m))!;
      if (v.status !== 'draft' || p.status === 'closed') throw new DomainError(ErrorCode.PATTO_NOT_EDITABLE, `Version ${v.version} is ${v.status}`);
      const texts = this.texts(v.content, citizen, officeName, v.version);
      const parties: Party[] = ['citizen', 'operator', ...(v.content.agencyId ? (['agency'] as const) : [])];
      const today = todayRome(now);
      const dueDate = addDays(today, await this.did.parameter(SIGNATURE_DAYS_PARAMETER, today, m));
      await this.repo.updateVersion(m, v.id, {
        ...texts,
        status: 'proposed',
        proposedAt: now,
        sha256: createHash('sha256').update(texts.fullText, 'utf8').digest('hex'),
        requiredParties: parties,
      });
      await this.repo.update(m, p.id, {
        agencyId: v.content.agencyId,
        signatureDueDate: dueDate,
        signatureOverduePublishedAt: null,
        ...(v.version === 1 ? { status: 'proposed' } : {}),
      });
      await this.audit.record(
        ctx,
        {
          action: 'patto.patto.proposed',
          resourceType: 'patto',
          resourceId: p.id,
          subjectFiscalCode: citizen.fiscalCode,
          actorOfficeId: citizen.officeId,
          details: { version: v.version, signatureDueDate: dueDate },
        },
        m,
      );
      await this.notifications.enqueue(m, {
        key: `patto:${p.id}:v${v.version}:proposed`,
        recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
        template: 'patto.proposed',
        vars: { name: citizen.givenName, office: officeName, link: `${this.env.CITIZEN_WEB_URL}/patto` },
      });
    });
    return this.view.reload(patto.id);
  }

  async close(ctx: RequestContext, pattoId: string, reason: string): Promise<PattoResponse> {
    const { patto, citizen } = await this.scope.operatorPatto(ctx, pattoId, 'patto.patto.close');
    await this.repo.transaction(async (m) => {
      const p = await this.repo.lock(m, patto.id);
      if (p.status === 'closed') throw new DomainError(ErrorCode.PATTO_NOT_EDITABLE, 'Already closed');
      await this.repo.closeVersions(m, p.id);
      await this.repo.update(m, p.id, { status: 'closed', closedAt: new Date(), closeReason: reason.trim() });
      await this.audit.record(
        ctx,
        { action: 'patto.patto.closed', resourceType: 'patto', resourceId: p.id, subjectFiscalCode: citizen.fiscalCode, actorOfficeId: citizen.officeId },
        m,
      );
    });
    return this.view.reload(patto.id);
  }
}
