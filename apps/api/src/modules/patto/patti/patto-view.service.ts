import { Injectable } from '@nestjs/common';
import { ErrorCode, type PattoResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { todayRome } from '../../../platform/time/rome-time';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService } from '../../registry/registry.service';
import type { PattoEntity } from '../entities/patto.entity';
import { pattoLocale } from '../i18n/patto-catalogue';
import { toPattoResponse, toSignature } from './patti.mapper';
import { PattiRepository } from './patti.repository';
import { renderPattoPdf } from './patto-pdf';
import { PattoScopeService } from './patto-scope.service';

/** The patto as each party sees it (versions, evidence, diffs) and as a PDF. */
@Injectable()
export class PattoViewService {
  constructor(
    private readonly repo: PattiRepository,
    private readonly scope: PattoScopeService,
    private readonly registry: RegistryService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Responses for several patti in five queries whatever their number (versions, signatures, names, offices). */
  async toResponses(patti: PattoEntity[], hideDrafts = false, now = new Date()): Promise<PattoResponse[]> {
    if (patti.length === 0) return [];
    const today = todayRome(now);
    const [versions, citizens, offices] = await Promise.all([
      this.repo.versionsOf(patti.map((p) => p.id)),
      this.registry.citizensByIds([...new Set(patti.map((p) => p.citizenId))]),
      this.registry.officeNames([...new Set(patti.map((p) => p.officeId))]),
    ]);
    const shown = hideDrafts ? versions.filter((v) => v.status !== 'draft') : versions;
    const sigs = await this.repo.signaturesOf(shown.map((v) => v.id));
    return patti.map((p) => {
      const c = citizens.get(p.citizenId);
      return toPattoResponse(
        p,
        versions.filter((v) => v.pattoId === p.id),
        sigs,
        {
          citizenName: c ? `${c.givenName} ${c.familyName}` : '',
          officeName: offices.get(p.officeId) ?? '',
        },
        hideDrafts,
        today,
      );
    });
  }

  async toResponse(p: PattoEntity, hideDrafts = false): Promise<PattoResponse> {
    return (await this.toResponses([p], hideDrafts))[0]!;
  }

  /** The patto re-read after a change. */
  async reload(pattoId: string, hideDrafts = false): Promise<PattoResponse> {
    return this.toResponse(await this.repo.get(pattoId), hideDrafts);
  }

  /** The person's patti as they see them (no drafts), without auditing: for other modules' use cases that audit their own read. */
  async pattiOfCitizen(citizenId: string): Promise<PattoResponse[]> {
    return this.toResponses(await this.repo.ofCitizen(citizenId), true);
  }

  async citizenPatti(ctx: RequestContext): Promise<PattoResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.repo.ofCitizen(me.id);
    await this.audit.record(
      ctx,
      rows.map((p) => ({ action: 'patto.patto.read', resourceType: 'patto', resourceId: p.id, subjectFiscalCode: me.fiscalCode })),
    );
    // a draft is the office's work in progress: the person sees versions from the first proposal on
    return this.toResponses(rows, true);
  }

  async agencyPatti(ctx: RequestContext): Promise<PattoResponse[]> {
    const rows = await this.repo.ofAgencies(await this.registry.agencyIdsOf(ctx.principal.fiscalCode));
    await this.audit.record(
      ctx,
      rows.map((p) => ({ action: 'patto.patto.read', resourceType: 'patto', resourceId: p.id, subjectFiscalCode: p.citizenFiscalCode.trim() })),
    );
    return this.toResponses(rows, true);
  }

  async agencyView(ctx: RequestContext, pattoId: string): Promise<PattoResponse> {
    return this.toResponse(await this.scope.agencyPatto(ctx, pattoId), true);
  }

  async operatorView(ctx: RequestContext, pattoId: string): Promise<PattoResponse> {
    return this.toResponse((await this.scope.operatorPatto(ctx, pattoId, 'patto.patto.read')).patto);
  }

  /** The version's text as signed (Italian, the text of record) framed by a title and signature page in the person's language. */
  async pdf(ctx: RequestContext, side: 'citizen' | 'operator', pattoId: string, version: number): Promise<{ fileName: string; bytes: Buffer }> {
    const patto = side === 'citizen' ? (await this.scope.citizenPatto(ctx, pattoId)).patto : (await this.scope.operatorPatto(ctx, pattoId, 'patto.patto.pdf')).patto;
    const v = await this.repo.version(patto.id, version);
    if (!v || !v.sha256) throw new DomainError(ErrorCode.PATTO_NOT_FOUND, `Version ${version} has no signable text yet`);
    const [signatures, prefs] = await Promise.all([this.repo.signaturesOf([v.id]), this.notifications.preferencesOf(this.repo.db.manager, [patto.citizenFiscalCode.trim()])]);
    const missing = v.requiredParties.filter((p) => !signatures.some((s) => s.party === p));
    const bytes = await renderPattoPdf(pattoLocale(prefs[0]?.locale), v.version, v.fullText, v.sha256, signatures.map(toSignature), missing);
    await this.audit.record(ctx, {
      action: 'patto.patto.pdf',
      resourceType: 'patto',
      resourceId: patto.id,
      subjectFiscalCode: patto.citizenFiscalCode.trim(),
      actorOfficeId: side === 'operator' ? patto.officeId : null,
      details: { version },
    });
    return { fileName: `patto-${patto.id.slice(0, 8)}-v${v.version}.pdf`, bytes };
  }
}
