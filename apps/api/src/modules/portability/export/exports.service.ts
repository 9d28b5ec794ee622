import { Injectable } from '@nestjs/common';
import { ErrorCode, type ExportResponse, type RequestExportBody } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { RegistryService } from '../../registry/registry.service';
import { toExportResponse } from '../portability.mapper';
import { EXPORT_QUEUE, EXPORT_STEPS } from './export.job';
import { ExportsRepository, type ExportRow } from './exports.repository';

/** The person asks for their dossier, follows its preparation, downloads it. Request and download are audited. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly repo: ExportsRepository,
    private readonly registry: RegistryService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /** Queues the export in the request's transaction (or answers the one still being prepared: one at a time). */
  async request(ctx: RequestContext, body: RequestExportBody): Promise<ExportResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const row = await this.repo.transaction(async (m) => {
      const pending = await this.repo.pendingOf(m, me.id);
      if (pending) return pending;
      const e = await this.repo.insert(m, {
        citizenId: me.id,
        fiscalCode: me.fiscalCode,
        locale: body.locale,
        stepsTotal: EXPORT_STEPS,
        origin: { ip: ctx.ip, userAgent: ctx.userAgent, correlationId: ctx.correlationId, sessionId: ctx.principal.sessionId },
      });
      await this.jobs.insertInTransaction(m, EXPORT_QUEUE, [{ data: { exportId: e.id } }]);
      await this.audit.record(
        ctx,
        { action: 'portability.export.requested', resourceType: 'dossier_export', resourceId: e.id, subjectFiscalCode: me.fiscalCode, details: { locale: body.locale } },
        m,
      );
      return e;
    });
    return toExportResponse(row);
  }

  async mine(ctx: RequestContext): Promise<ExportResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    return (await this.repo.ofCitizen(me.id)).map(toExportResponse);
  }

  async one(ctx: RequestContext, exportId: string): Promise<ExportResponse> {
    return toExportResponse(await this.own(ctx, exportId));
  }

  /** The signed ZIP while it is kept; audited as a download of the person's data. */
  async bundle(ctx: RequestContext, exportId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const e = await this.own(ctx, exportId);
    if (e.status === 'expired') throw new DomainError(ErrorCode.PORTABILITY_EXPORT_EXPIRED);
    if (e.status !== 'ready') throw new DomainError(ErrorCode.PORTABILITY_EXPORT_NOT_READY, `The export is ${e.status}`);
    const bytes = await this.repo.bundleOf(e.id);
    if (!bytes) throw new DomainError(ErrorCode.PORTABILITY_EXPORT_EXPIRED);
    await this.audit.record(ctx, {
      action: 'portability.export.downloaded',
      resourceType: 'dossier_export',
      resourceId: e.id,
      subjectFiscalCode: e.fiscalCode,
      details: { sha256: e.bundleSha256?.trim() },
    });
    return { fileName: `fascicolo-${e.fiscalCode}-${e.requestedAt.toISOString().slice(0, 10)}.zip`, bytes };
  }

  private async own(ctx: RequestContext, exportId: string): Promise<ExportRow> {
    const me = await this.registry.selfAsCitizen(ctx);
    const e = await this.repo.byId(exportId);
    if (!e || e.citizenId !== me.id) throw new DomainError(ErrorCode.PORTABILITY_EXPORT_NOT_FOUND);
    return e;
  }
}
