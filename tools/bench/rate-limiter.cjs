// `node tools/bench/rate-limiter.cjs`: what a request pays for rate limiting, two budgets a request (address and
// session) as the API counts them. The API's RateLimiter (in-process counters, one PostgreSQL statement a second for
// all keys; the TypeScript source, compiled on the fly) against rate-limiter-flexible's RateLimiterPostgres (one
// upsert per budget per request). Uses a scratch database `ratelimit_measure_test` on 127.0.0.1:5432 (dropped after).
const path = require('node:path');
const repoRoot = path.resolve(__dirname, '../..');
process.env.SWC_NODE_PROJECT ??= path.join(repoRoot, 'apps/api/tsconfig.json');
require('@swc-node/register');
require('reflect-metadata');
const { Pool, Client } = require('pg');
const { RateLimiterPostgres } = require('rate-limiter-flexible');
const { RateLimiter } = require(path.join(repoRoot, 'apps/api/src/platform/rate-limit/rate-limiter.ts'));

const admin = process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = 'ratelimit_measure_test';
const pct = (a, p) => a[Math.min(a.length - 1, Math.floor(a.length * p))];
async function timed(n, f) {
  const lat = [];
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const s = process.hrtime.bigint();
    await f(i);
    lat.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  const total = Number(process.hrtime.bigint() - t0) / 1e6;
  lat.sort((a, b) => a - b);
  return { n, totalMs: total.toFixed(1), perCallUs: ((total / n) * 1000).toFixed(2), p50ms: pct(lat, 0.5).toFixed(3), p99ms: pct(lat, 0.99).toFixed(3) };
}
(async () => {
  const c = new Client(admin);
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await c.query(`CREATE DATABASE ${dbName}`);
  const pool = new Pool({ connectionString: admin.replace(/\/[^/]*$/, `/${dbName}`), max: 4 });
  try {
    await pool.query(
      `CREATE SCHEMA platform; CREATE UNLOGGED TABLE platform.rate_limit_counters (key varchar(120), window_start timestamptz, hits int NOT NULL, PRIMARY KEY (key, window_start))`,
    );
    const db = { query: (sql, params) => pool.query(sql, params).then((r) => r.rows) };
    const limiter = new RateLimiter(db, { RATE_LIMIT_PER_MINUTE: 1e6 });
    // two budgets per authenticated request (address + session), as the middleware and the guard do
    const mem = await timed(200_000, (i) => {
      limiter.take(`ip:10.0.${i % 50}.1`, 4e6);
      limiter.take(`s:${i % 500}`, 1e6);
    });
    const flushStart = process.hrtime.bigint();
    await limiter.flush();
    const flushMs = Number(process.hrtime.bigint() - flushStart) / 1e6;
    limiter.onApplicationShutdown();

    const rlf = await new Promise((resolve, reject) => {
      const r = new RateLimiterPostgres({ storeClient: pool, points: 1e9, duration: 60, tableName: 'rlf' }, (e) => (e ? reject(e) : resolve(r)));
    });
    await timed(200, (i) => rlf.consume(`warm${i}`));
    const pgSeq = await timed(4_000, async (i) => {
      await rlf.consume(`ip:10.0.${i % 50}.1`);
      await rlf.consume(`s:${i % 500}`);
    });
    // 20 concurrent clients, as under load (4 pool connections, like a share of the API pool)
    const t0 = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: 20 }, async (_, w) => {
        for (let i = 0; i < 400; i++) {
          await rlf.consume(`ip:10.1.${w}.1`);
          await rlf.consume(`s:${w}-${i % 25}`);
        }
      }),
    );
    const concMs = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(
      JSON.stringify(
        {
          inProcess_twoBudgetsPerRequest: mem,
          inProcess_flushOf550Keys_ms: flushMs.toFixed(2),
          rateLimiterPostgres_twoBudgetsPerRequest_sequential: pgSeq,
          rateLimiterPostgres_20concurrent_8000requests: { totalMs: concMs.toFixed(0), requestsPerSecond: (8000 / (concMs / 1000)).toFixed(0) },
        },
        null,
        2,
      ),
    );
  } finally {
    await pool.end();
    await c.query(`DROP DATABASE ${dbName}`);
    await c.end();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
