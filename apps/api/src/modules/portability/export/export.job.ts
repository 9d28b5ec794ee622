import { Injectable, Logger } from '@nestjs/common';
import { DOSSIER_SECTIONS, ErrorCode } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { personViaLink } from '../../../platform/auth/request-context';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService } from '../../registry/registry.service';
import { BundleBuilder } from './bundle-builder';
import { DossierCollectorService, type DossierFile } from './dossier-collector.service';
import { ExportsRepository } from './exports.repository';

export const EXPORT_QUEUE = 'portability.export';
export const PURGE_QUEUE = 'portability.purge';
/** one step per section (its files with it), then the sealed summary, then the signature */
export const EXPORT_STEPS = DOSSIER_SECTIONS.length + 2;

/**
 * Prepares an export in the background (pg-boss): each section read from its owner, progress stored after each step
 * for the person's page to poll, then the bundle built, signed and kept until it expires. Hourly, the purge deletes
 * the bundles whose time is up.
 */
@Injectable()
export class ExportJob {
  private readonly logger = new Logger(ExportJob.name);
  constructor(
    private readonly env: Env,
    private readonly repo: ExportsRepository,
    private readonly collector: DossierCollectorService,
    private readonly builder: BundleBuilder,
    private readonly registry: RegistryService,
    jobs: JobQueue,
  ) {
    jobs.register<{ exportId: string }>(EXPORT_QUEUE, (d) => this.run(d.exportId), { retryLimit: 2, retryDelay: 5 });
    jobs.register<Record<string, never>>(PURGE_QUEUE, async () => void (await this.repo.purge(new Date())), { retryLimit: 3 });
    jobs.scheduleEvery(PURGE_QUEUE, '23 * * * *');
  }

  async run(exportId: string, now = () => new Date()): Promise<void> {
    const e = await this.repo.byId(exportId);
    if (!e || (e.status !== 'queued' && e.status !== 'running')) return; // done, failed or expired: a redelivery does nothing
    try {
      const me = await this.registry.citizenRef(e.fiscalCode);
      if (!me) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
      const ctx = personViaLink(me, `portability-export:${e.id}`, new Date(now().getTime() + 3600_000), e.origin);
      const sections: Record<string, unknown> = {};
      const files: DossierFile[] = [];
      let step = 0;
      for (const key of DOSSIER_SECTIONS) {
        await this.repo.progress(e.id, step, key);
        const r = await this.collector.section(key, ctx, me);
        sections[key] = r.data;
        files.push(...(r.files ?? []));
        step++;
      }
      const bundle = await this.builder.build(
        { exportId: e.id, exportedAt: now(), locale: e.locale, person: { fiscalCode: me.fiscalCode, givenName: me.givenName, familyName: me.familyName }, sections, files },
        async (name) => this.repo.progress(e.id, step++, name),
      );
      const readyAt = now();
      await this.repo.ready(e.id, bundle.zip, bundle.sha256, readyAt, new Date(readyAt.getTime() + this.env.PORTABILITY_EXPORT_DAYS * 86_400_000));
    } catch (err) {
      this.logger.error(`export ${e.id} failed: ${(err as Error).message}`);
      await this.repo.failed(e.id, err instanceof DomainError ? err.code : 'INTERNAL_ERROR');
    }
  }
}
