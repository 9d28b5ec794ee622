import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IndicatorDefinitionEntity } from './entities/indicator-definition.entity';
import { RefreshRunEntity, type RefreshStep } from './entities/refresh-run.entity';

/** The monitoring module's own tables: indicator definitions (data) and refresh runs. */
@Injectable()
export class MonitoringRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  definitions(): Promise<IndicatorDefinitionEntity[]> {
    return this.db.getRepository(IndicatorDefinitionEntity).find({ order: { position: 'ASC' } });
  }

  /** Starts a run; null when another is running (the partial unique index `refresh_runs_one_running`). */
  async startRun(trigger: 'schedule' | 'manual', requestedBy: string | null): Promise<RefreshRunEntity | null> {
    const rows = (await this.db.query(`INSERT INTO monitoring.refresh_runs (state, trigger, requested_by) VALUES ('running', $1, $2) ON CONFLICT DO NOTHING RETURNING id`, [
      trigger,
      requestedBy,
    ])) as { id: string }[];
    return rows[0] ? this.db.getRepository(RefreshRunEntity).findOneByOrFail({ id: rows[0].id }) : null;
  }

  async finishRun(id: string, ok: boolean, steps: RefreshStep[]): Promise<void> {
    await this.db.getRepository(RefreshRunEntity).update({ id }, { state: ok ? 'succeeded' : 'failed', steps, finishedAt: new Date() });
  }

  /** A run left `running` by a process that died (older than `staleAfter`) is marked failed, so a new one can start. */
  async failStaleRuns(staleBefore: Date): Promise<void> {
    await this.db.query(`UPDATE monitoring.refresh_runs SET state = 'failed', finished_at = now() WHERE state = 'running' AND started_at < $1`, [staleBefore]);
  }

  run(id: string): Promise<RefreshRunEntity | null> {
    return this.db.getRepository(RefreshRunEntity).findOneBy({ id });
  }

  recentRuns(limit = 20): Promise<RefreshRunEntity[]> {
    return this.db.getRepository(RefreshRunEntity).find({ order: { startedAt: 'DESC' }, take: limit });
  }

  async lastSucceededAt(): Promise<Date | null> {
    const rows = (await this.db.query(`SELECT max(finished_at) AS at FROM monitoring.refresh_runs WHERE state = 'succeeded'`)) as { at: Date | null }[];
    return rows[0]?.at ?? null;
  }
}
