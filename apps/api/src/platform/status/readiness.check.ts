import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type CheckState = 'up' | 'down';
export interface Readiness {
  ready: boolean;
  checks: { database: CheckState; jobQueue: CheckState; migrations: 'applied' | 'pending' | 'unknown' };
}

const TIMEOUT_MS = 2000;

async function within<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether this process can serve traffic: the database answers, the job queue's schema (pg-boss) answers, and
 * every migration this build knows has been applied (a process started before `migrate` finished is not ready).
 */
@Injectable()
export class ReadinessCheck {
  /** once every migration is seen applied it stays so for this process: later probes skip that query */
  private migrationsApplied = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether the database answers within the timeout (also the whole of GET /status). */
  database(): Promise<CheckState> {
    return within(this.db.query('SELECT 1')).then(
      (): CheckState => 'up',
      (): CheckState => 'down',
    );
  }

  async check(): Promise<Readiness> {
    const [database, jobQueue, migrations] = await Promise.all([
      this.database(),
      within(this.db.query('SELECT version FROM pgboss.version')).then(
        (): CheckState => 'up',
        (): CheckState => 'down',
      ),
      this.migrationState(),
    ]);
    return { ready: database === 'up' && jobQueue === 'up' && migrations === 'applied', checks: { database, jobQueue, migrations } };
  }

  private async migrationState(): Promise<Readiness['checks']['migrations']> {
    if (this.migrationsApplied) return 'applied';
    try {
      const table = this.db.options.migrationsTableName ?? 'migrations';
      const rows = (await within(this.db.query(`SELECT name FROM "${table}"`))) as { name: string }[];
      const applied = new Set(rows.map((r) => r.name));
      const known = this.db.migrations.map((m) => m.name ?? m.constructor.name);
      this.migrationsApplied = known.every((n) => applied.has(n));
      return this.migrationsApplied ? 'applied' : 'pending';
    } catch {
      return 'unknown';
    }
  }
}
