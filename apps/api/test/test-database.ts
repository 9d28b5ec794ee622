import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Every database of one test run carries the run's id (its start time, base 36), so that runs sharing a PostgreSQL
 * (two checkouts, a developer and CI) never touch each other's databases; leftovers of old runs are dropped.
 */
export function runId(): string {
  const id = process.env['OPENCPI_TEST_RUN'];
  if (!id) throw new Error('OPENCPI_TEST_RUN is not set: run the tests through jest (global setup)');
  return id;
}
export const templateDb = (): string => `opencpi_r${runId()}_template_test`;
/** Databases of runs started more than `hours` ago. */
export const STALE_RUN_PATTERN = /^opencpi_r([0-9a-z]+)_.*_test$/;

/** Admin connection URL chosen by the global setup (machine PostgreSQL or an embedded one). */
export function adminUrl(): string {
  const url = process.env['OPENCPI_TEST_ADMIN_URL'];
  if (!url) throw new Error('OPENCPI_TEST_ADMIN_URL is not set: run the tests through jest (global setup)');
  return url;
}

export function databaseUrl(name: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

/** The harness only ever creates or drops databases whose name ends in `_test`. */
function assertTestName(name: string): void {
  if (!/^[a-z0-9_]+_test$/.test(name)) throw new Error(`refusing to touch database "${name}": test databases end in _test`);
}

export async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  assertTestName(name);
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** A fresh database cloned from the migrated, seeded template. */
export async function cloneTemplate(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `opencpi_r${runId()}_w${process.env['JEST_WORKER_ID'] ?? '0'}_${randomBytes(4).toString('hex')}_test`;
  assertTestName(name);
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDb()}"`));
  return { name, url: databaseUrl(name), drop: () => dropDatabase(name) };
}
