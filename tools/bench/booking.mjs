#!/usr/bin/env node
// `npm run bench:booking`: booking throughput through the whole HTTP stack vs. the same transaction straight
// to PostgreSQL (the physical limit), both with 50 concurrent clients. Prints figures; asserts nothing.
//   BENCH_SECONDS (default 30), BENCH_CLIENTS (default 50), DATABASE_ADMIN_URL (default: machine PG, else embedded),
//   BENCH_BASELINE=1 (also an authenticated GET, the floor of the HTTP stack), BENCH_PROFILE=1 (CPU profile of the API in /tmp/prof)
import { spawn, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { canConnect, repoRoot, startEmbeddedPostgres } from '../lib/embedded-db.mjs';
import { developmentEnv } from '../lib/platform.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const PORT = 3100;
const DB = 'opencpi_bench';

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

let embedded;
let adminUrl = process.env.DATABASE_ADMIN_URL;
if (!adminUrl) {
  if (await canConnect('127.0.0.1', 5432)) adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  else { embedded = await startEmbeddedPostgres({ name: 'pg-bench', port: 54359, database: 'postgres', persistent: false }); adminUrl = embedded.adminUrl; }
}
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB}`);
await admin.end();
const dbUrl = (() => { const u = new URL(adminUrl); u.pathname = `/${DB}`; return u.toString(); })();

execFileSync(process.execPath, [path.join(repoRoot, 'tools/build-api.mjs')], { stdio: 'ignore' });
const cli = path.join(repoRoot, 'dist/api/apps/api/src/cli.js');
execFileSync(process.execPath, [cli, 'migrate'], { env: { ...process.env, DATABASE_URL: dbUrl }, stdio: 'ignore' });
execFileSync(process.execPath, [cli, 'seed'], { env: { ...process.env, DATABASE_URL: dbUrl }, stdio: 'ignore' });

const db = new pg.Pool({ connectionString: dbUrl, max: CLIENTS + 5 });
// 5 offices × 20 operators × 8 weeks of slots (Mon–Fri 9:00–12:30, 30 minutes)
console.log('seeding 5 offices × 20 operators × 8 weeks of slots…');
await db.query(`
  INSERT INTO registry.staff (fiscal_code, given_name, family_name, role, region_id)
  SELECT 'BNCH' || lpad(o.rn::text, 2, '0') || lpad(g::text, 2, '0') || 'X00X000X', 'Bench', 'Operatore ' || o.rn || '-' || g, 'operator', o.region_id
    FROM (SELECT id, region_id, row_number() OVER (ORDER BY code) AS rn FROM registry.offices) o, generate_series(1, 20) g`);
await db.query(`INSERT INTO registry.staff_offices (staff_id, office_id)
  SELECT s.id, o.id FROM registry.staff s JOIN (SELECT id, row_number() OVER (ORDER BY code) AS rn FROM registry.offices) o
    ON s.fiscal_code LIKE 'BNCH' || lpad(o.rn::text, 2, '0') || '%'`);
const { rowCount: slotCount } = await db.query(`
  INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity)
  SELECT so.office_id, so.staff_id, (SELECT id FROM agenda.service_types WHERE code = 'prima-accoglienza'),
         ((d::date + tt.t) AT TIME ZONE 'Europe/Rome'), ((d::date + tt.t + interval '30 minutes') AT TIME ZONE 'Europe/Rome'), '{in_person,video,phone}', 1
    FROM registry.staff_offices so JOIN registry.staff s ON s.id = so.staff_id AND s.fiscal_code LIKE 'BNCH%',
         generate_series(current_date + 1, current_date + 56, interval '1 day') d,
         (SELECT time '09:00' + n * interval '30 minutes' AS t FROM generate_series(0, 6) n) tt
   WHERE extract(isodow FROM d) < 6`);
const slots = (await db.query(`SELECT s.id FROM agenda.slots s JOIN registry.staff st ON st.id = s.operator_id AND st.fiscal_code LIKE 'BNCH%' ORDER BY random()`)).rows.map((r) => r.id);
const half = Math.floor(slots.length / 2);
const httpSlots = slots.slice(0, half);
const sqlSlots = slots.slice(half);
console.log(`${slotCount} bench slots (${httpSlots.length} for HTTP, ${sqlSlots.length} for SQL)`);

// one session per client, for distinct seeded citizens
const citizens = (await db.query(`SELECT id, fiscal_code, given_name, family_name FROM registry.citizens ORDER BY fiscal_code LIMIT $1`, [CLIENTS * 2])).rows;
const sessions = [];
for (const c of citizens.slice(0, CLIENTS)) {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('hex');
  await db.query(`INSERT INTO identity.sessions (token_hash, fiscal_code, given_name, family_name, roles, spid_level, kind, app, idp_entity_id, csrf_token, last_seen_at, absolute_expires_at)
                  VALUES ($1,$2,$3,$4,'{citizen}',2,'spid','citizen','bench',$5, now() + interval '1 hour', now() + interval '2 hours')`,
    [createHash('sha256').update(token).digest('hex'), c.fiscal_code, c.given_name, c.family_name, csrf]);
  sessions.push({ cookie: `opencpi_sid=${token}`, csrf });
}

const env = developmentEnv({ DATABASE_URL: dbUrl, PORT: String(PORT), PUBLIC_API_URL: `http://localhost:${PORT}`, LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000000', NODE_ENV: 'production', DEV_IDP: 'false', DEV_MAILBOX: 'false', JOBS_WORKERS: 'false', SPID_IDP_METADATA_PATH: path.join(repoRoot, 'tools/bench/empty-idps.xml'), SESSION_SECRET: randomBytes(24).toString('hex') });
const api = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), path.join(repoRoot, 'dist/api/apps/api/src/main.js')], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
for (let i = 0; ; i++) {
  try { if ((await fetch(`http://localhost:${PORT}/api/status`)).ok) break; } catch { /* starting */ }
  if (i > 120) throw new Error('API did not start');
  await new Promise((r) => setTimeout(r, 250));
}

async function run(label, slotsPool, bookOne, unit = 'bookings/s') {
  const latencies = [];
  let ok = 0;
  let errors = 0;
  let next = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => {
    while (Date.now() < deadline && next < slotsPool.length) {
      const slotId = slotsPool[next++];
      const t0 = performance.now();
      try { (await bookOne(i, slotId)) ? ok++ : errors++; } catch { errors++; }
      latencies.push(performance.now() - t0);
    }
  }));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} ${fmt(ok / elapsed).padStart(8)} ${unit}   p50 ${fmt(pct(latencies, 50))} ms   p95 ${fmt(pct(latencies, 95))} ms   p99 ${fmt(pct(latencies, 99))} ms   errors ${errors}   (${ok} in ${elapsed.toFixed(1)} s, ${CLIENTS} clients)`);
  return ok / elapsed;
}

if (process.env.BENCH_BASELINE) {
  // the floor of the HTTP stack: an authenticated GET that reads one small row (session, rate limit, guard, logging)
  await run('HTTP baseline (GET my appointments)', Array.from({ length: 1_000_000 }, () => null), async (i) => {
    const res = await fetch(`http://localhost:${PORT}/api/citizen/agenda/appointments`, { headers: { cookie: sessions[i].cookie } });
    await res.arrayBuffer();
    return res.status === 200;
  }, 'requests/s');
}
console.log(`\nbooking benchmark: ${CLIENTS} concurrent clients, ${SECONDS} s each, distinct free slots`);
const viaHttp = await run('HTTP (whole API stack)', httpSlots, async (i, slotId) => {
  const s = sessions[i];
  const res = await fetch(`http://localhost:${PORT}/api/citizen/agenda/appointments`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf }, body: JSON.stringify({ slotId, channel: 'in_person' }),
  });
  await res.arrayBuffer();
  return res.status === 201;
});
// The same booking transaction the API runs, straight to PostgreSQL: the seat, the appointment, the audit record,
// the person's notification preferences, the six outbox messages (confirmation, 48 h recall, 2 h reminder × e-mail
// and SMS) and their pg-boss jobs in one statement — without HTTP, sessions, validation, logging or rate limiting.
const require = createRequire(import.meta.url);
const plans = require(path.join(repoRoot, 'node_modules/pg-boss/src/plans.js'));
const insertJobsSql = plans.insertJobs('pgboss');
const viaSql = await run('SQL (same transaction, direct)', sqlSlots, async (i, slotId) => {
  const c = await db.connect();
  try {
    await c.query('BEGIN');
    const r = await c.query(`UPDATE agenda.slots SET booked = booked + 1 WHERE id = $1 AND booked < capacity AND starts_at >= now() + interval '2 hours' RETURNING id, starts_at`, [slotId]);
    if (r.rowCount !== 1) { await c.query('ROLLBACK'); return false; }
    const who = citizens[CLIENTS + (i % CLIENTS)];
    const a = await c.query(`INSERT INTO agenda.appointments (slot_id, citizen_id, citizen_fiscal_code, channel, source) VALUES ($1,$2,$3,'in_person','citizen') RETURNING id`, [slotId, who.id, who.fiscal_code]);
    const id = a.rows[0].id;
    await c.query(`INSERT INTO audit.audit_events (actor_fiscal_code, actor_name, actor_role, action, resource_type, resource_id, subject_fiscal_code, outcome, details)
                   VALUES ($1, $2, 'citizen', 'agenda.appointment.book', 'appointment', $3, $1, 'allowed', '{"source":"citizen"}')`, [who.fiscal_code, `${who.given_name} ${who.family_name}`, id]);
    await c.query(`SELECT channels, locale FROM notifications.preferences WHERE fiscal_code = $1`, [who.fiscal_code]);
    const starts = new Date(r.rows[0].starts_at).getTime();
    const msgs = [];
    for (const [kind, at] of [['confirmed', Date.now()], ['reminder-48h', starts - 48 * 3_600_000], ['reminder-2h', starts - 2 * 3_600_000]]) {
      for (const ch of ['email', 'sms']) msgs.push([`appointment:${id}:${kind}:${ch}`, ch, ch === 'email' ? 'bench@example.it' : '+393330000000', new Date(Math.max(at, Date.now()))]);
    }
    const m = await c.query(
      `INSERT INTO notifications.messages (dedupe_key, recipient_fiscal_code, channel, address, template, locale, subject, body, not_before)
       SELECT k, $1, ch, ad, 'appointment.confirmed', 'it', 'Appuntamento confermato', 'Gentile persona, il suo appuntamento è confermato.', nb
         FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS t(k, ch, ad, nb)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, not_before`,
      [who.fiscal_code, msgs.map((x) => x[0]), msgs.map((x) => x[1]), msgs.map((x) => x[2]), msgs.map((x) => x[3])]);
    const jobs = m.rows.map((row) => ({ name: 'notifications.send', data: { messageId: row.id }, startAfter: new Date(row.not_before).toISOString(), singletonKey: row.id }));
    await c.query(insertJobsSql, [JSON.stringify(jobs), null, null, null, null, null]);
    await c.query('COMMIT');
    return true;
  } catch (e) { await c.query('ROLLBACK'); throw e; } finally { c.release(); }
});
console.log(`HTTP stack reaches ${fmt((viaHttp / viaSql) * 100)}% of the direct-SQL throughput.`);
const [{ overbooked }] = (await db.query(`SELECT count(*)::int AS overbooked FROM agenda.slots WHERE booked > capacity`)).rows;
const [{ doubled }] = (await db.query(`SELECT count(*)::int AS doubled FROM (SELECT s.id FROM agenda.slots s JOIN agenda.appointments a ON a.slot_id = s.id AND a.status = 'booked'
  GROUP BY s.id, s.capacity HAVING count(*) > s.capacity) x`)).rows;
console.log(`slots over capacity after the run: ${overbooked}; slots holding more live appointments than seats: ${doubled}`);

api.kill('SIGTERM');
await db.end();
const drop = new pg.Client({ connectionString: adminUrl });
await drop.connect();
await drop.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await drop.end();
if (embedded) await embedded.stop();
