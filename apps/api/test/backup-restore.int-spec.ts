import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { cloneTemplate, databaseUrl, dropDatabase, runId, withAdmin } from './test-database';

const run = promisify(execFile);
const tools = path.resolve(__dirname, '../../../tools');

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** Row count and an order-independent checksum of every table of every non-system schema, computed here (not by the tool). */
async function everyRow(url: string): Promise<Record<string, string>> {
  const tables = await query<{ t: string }>(
    url,
    `
    SELECT format('%I.%I', n.nspname, c.relname) AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    const [r] = await query<{ n: string; h: string }>(url, `SELECT count(*)::text AS n, COALESCE(md5(string_agg(md5(x::text), ',' ORDER BY md5(x::text))), '') AS h FROM ${t} x`);
    out[t] = `${r?.n} rows ${r?.h}`;
  }
  return out;
}

describe('backup and restore (npm run db:backup / db:restore)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'opencpi-backup-'));
  const emptyName = `opencpi_r${runId()}_restore_${randomBytes(3).toString('hex')}_test`;
  let source: Awaited<ReturnType<typeof cloneTemplate>>;

  beforeAll(async () => {
    source = await cloneTemplate();
    await withAdmin((c) => c.query(`CREATE DATABASE "${emptyName}"`));
  });
  afterAll(async () => {
    await source.drop();
    await dropDatabase(emptyName);
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a dump of the seeded database into an empty database with every row of every schema', async () => {
    // data that a careless dump loses: text outside Latin-1, bytes, nulls, an audit record (append-only table)
    await query(
      source.url,
      `INSERT INTO registry.citizens (fiscal_code, given_name, family_name, birth_date, email)
      VALUES ('ZZZTST80A01H501U', 'Zoë', 'D''Àngelo — 測試', '1980-01-01', NULL)`,
    );
    await query(
      source.url,
      `INSERT INTO events.outbox (type, version, aggregate_type, aggregate_id, payload) VALUES ('backup.test', 1, 'test', gen_random_uuid()::text, '{"s":"Zoë — 測試\\u0001"}')`,
    );
    const before = await everyRow(source.url);
    const seqBefore = await query<{ s: string; v: string }>(
      source.url,
      `SELECT format('%I.%I', schemaname, sequencename) AS s, last_value::text AS v FROM pg_sequences ORDER BY 1`,
    );
    expect(Object.keys(before).length).toBeGreaterThan(30);
    expect(Object.values(before).some((v) => !v.startsWith('0 rows'))).toBe(true);

    const file = path.join(dir, 'seeded.dump');
    const backup = await run(process.execPath, [path.join(tools, 'db-backup.mjs'), file], { env: { ...process.env, DATABASE_URL: source.url } });
    expect(backup.stdout).toMatch(/backup of .* tables, \d+ rows/);

    // the source changes after the backup: the restored copy must be the backup, not today's database
    await query(source.url, `INSERT INTO events.outbox (type, version, aggregate_type, aggregate_id, payload) VALUES ('after.backup', 1, 'test', gen_random_uuid()::text, '{}')`);

    const target = databaseUrl(emptyName);
    const restore = await run(process.execPath, [path.join(tools, 'db-restore.mjs'), file], { env: { ...process.env, DATABASE_URL: target } });
    expect(restore.stdout).toMatch(/every table's count and checksum as in the backup/);

    expect(await everyRow(target)).toEqual(before);
    expect(await query(target, `SELECT format('%I.%I', schemaname, sequencename) AS s, last_value::text AS v FROM pg_sequences ORDER BY 1`)).toEqual(seqBefore);
    // constraints and triggers came back too: the audit trail is still append-only
    await expect(query(target, `TRUNCATE audit.audit_events`)).rejects.toThrow();

    // a second restore into the now non-empty database is refused, and changes nothing
    const again = run(process.execPath, [path.join(tools, 'db-restore.mjs'), file], { env: { ...process.env, DATABASE_URL: target } });
    await expect(again).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/refusing to restore/) });
    expect(await everyRow(target)).toEqual(before);
  });
});
