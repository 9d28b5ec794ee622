// Starts the platform for the browser tests on a fresh database: the machine's PostgreSQL when it answers
// on 127.0.0.1:5432 (database opencpi_e2e_test, recreated), otherwise the embedded one (fresh data dir).
import pg from 'pg';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startPlatform } from '../../tools/lib/platform.mjs';
import { startSimulator } from '../../tools/national-systems-sim/spawn.mjs';
import { canConnect, repoRoot, startEmbeddedPostgres } from '../../tools/lib/embedded-db.mjs';

export default async function globalSetup() {
  let databaseUrl;
  let embedded;
  if (await canConnect('127.0.0.1', 5432)) {
    const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS opencpi_e2e_test WITH (FORCE)');
    await admin.query('CREATE DATABASE opencpi_e2e_test');
    await admin.end();
    databaseUrl = 'postgres://postgres@127.0.0.1:5432/opencpi_e2e_test';
  } else {
    rmSync(path.join(repoRoot, '.data/pg-e2e'), { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({ name: 'pg-e2e', port: 54349, database: 'opencpi_e2e_test', persistent: false });
    databaseUrl = embedded.url;
  }
  process.env.OPENCPI_E2E_DATABASE_URL = databaseUrl; // tests read what the platform wrote (e.g. a message not yet due)
  // INPS/SIISL: the simulator, a process of its own on its fixed e2e port
  const simulator = await startSimulator({ port: 4400 });
  const platform = await startPlatform({
    web: 'preview',
    quiet: true,
    log: (s) => process.stdout.write(`[e2e] ${s}\n`),
    env: {
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000',
      NOTIFICATION_QUIET_HOURS: '',
      JOBS_POLL_SECONDS: '0.5',
      NATIONAL_SYSTEMS_URL: simulator.url,
    },
  }).catch(async (e) => {
    await simulator.stop();
    throw e;
  });

  globalThis.__OPENCPI_E2E__ = { platform, embedded, simulator };
}
