import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type RefreshRunResponse } from '@opencpi/contracts';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { KpiSourcesService } from '../dashboard/kpi-sources.service';
import { MonitoringRepository } from '../monitoring.repository';
import { toRefreshRun } from '../monitoring.mapper';

export const REFRESH_QUEUE = 'monitoring.refresh';
/** A run still `running` after this long belongs to a process that died: it is marked failed. */
const STALE_AFTER_MS = 60 * 60_000;

/**
 * The refresh of the indicators' aggregates (issue 16): the monitoring module asks each owner (agenda, patto,
 * matching, condizionalita) to recompute its own views, one after the other, and records the run with each step's
 * duration. Nightly (02:30 Europe/Rome) and on demand by a region admin; one run at a time.
 */
@Injectable()
export class RefreshService {
  private readonly logger = new Logger(RefreshService.name);

  constructor(
    private readonly repo: MonitoringRepository,
    private readonly sources: KpiSourcesService,
    private readonly jobs: JobQueue,
  ) {
    jobs.register<{ runId?: string }>(
      REFRESH_QUEUE,
      async (data) => {
        await this.runQueued(data.runId);
      },
      { retryLimit: 1 },
    );
    jobs.scheduleEvery(REFRESH_QUEUE, '30 2 * * *');
  }

  /** A region admin asks for a refresh now: the run is recorded as running and queued (409 when one is running). */
  async request(ctx: RequestContext): Promise<RefreshRunResponse> {
    await this.repo.failStaleRuns(new Date(Date.now() - STALE_AFTER_MS));
    const run = await this.repo.startRun('manual', ctx.principal.fiscalCode);
    if (!run) throw new DomainError(ErrorCode.MONITORING_REFRESH_RUNNING);
    await this.jobs.send(REFRESH_QUEUE, { runId: run.id });
    return toRefreshRun(run);
  }

  async recent(): Promise<RefreshRunResponse[]> {
    return (await this.repo.recentRuns()).map(toRefreshRun);
  }

  /** Runs a refresh at once (the scheduled job, the benchmark, tests); null when another run is going on. */
  async runNow(trigger: 'schedule' | 'manual' = 'schedule'): Promise<RefreshRunResponse | null> {
    await this.repo.failStaleRuns(new Date(Date.now() - STALE_AFTER_MS));
    const run = await this.repo.startRun(trigger, null);
    if (!run) return null;
    return this.execute(run.id);
  }

  private async runQueued(runId: string | undefined): Promise<void> {
    if (!runId) {
      await this.runNow('schedule');
      return;
    }
    const run = await this.repo.run(runId);
    if (run?.state === 'running') await this.execute(run.id);
  }

  private async execute(runId: string): Promise<RefreshRunResponse> {
    const steps = await this.sources.refreshAll();
    const ok = steps.every((s) => s.ok);
    if (!ok)
      this.logger.error(
        `indicator refresh ${runId} failed: ${steps
          .filter((s) => !s.ok)
          .map((s) => `${s.owner}: ${s.error}`)
          .join('; ')}`,
      );
    await this.repo.finishRun(runId, ok, steps);
    return toRefreshRun((await this.repo.run(runId))!);
  }
}
