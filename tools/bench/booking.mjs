#!/usr/bin/env node
// `npm run bench:booking`: booking throughput through the whole HTTP stack vs. the same transaction straight
// to PostgreSQL (the physical limit), both with 50 concurrent clients. Prints figures; asserts nothing.
//   BENCH_SECONDS (default 30), BENCH_CLIENTS (default 50), DATABASE_ADMIN_URL (default: machine PG, else embedded),
//   BENCH_BASELINE=1 (also a public GET with no query and an authenticated GET: the floors of the HTTP stack), BENCH_PROFILE=1 (CPU profile of the API in /tmp/prof),
//   BENCH_KEEP_DB=1 (leave the database for a look afterwards)
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
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

const db = new pg.Pool({ connectionString: dbUrl, max: CLIENTS + 5, idleTimeoutMillis: 0 });
// 5 offices × 20 operators × 8 weeks of slots (Mon–Fri 9:00–12:30 and 14:00–17:30, 30 minutes: 56,000 slots, so that
// neither half runs out within 30 s)
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
         (SELECT time '09:00' + n * interval '30 minutes' AS t FROM generate_series(0, 6) n
          UNION ALL SELECT time '14:00' + n * interval '30 minutes' FROM generate_series(0, 6) n) tt
   WHERE extract(isodow FROM d) < 6`);
const slots = (await db.query(`SELECT s.id FROM agenda.slots s JOIN registry.staff st ON st.id = s.operator_id AND st.fiscal_code LIKE 'BNCH%' ORDER BY random()`)).rows.map((r) => r.id);
const half = Math.floor(slots.length / 2);
// (each run books distinct slots; a run that books them all stops early)
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

// CPU time (ms) of a process, of all PostgreSQL server processes, and of the machine: where the cycles of a run go
const TICK_MS = 1000 / 100;
const procCpu = (pid, part = 'all') => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (part === 'sys' ? Number(f[12]) : part === 'user' ? Number(f[11]) : Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch { return 0; }
};
// per server process, so that a connection closing during a run does not take its past CPU time with it
const pgCpu = () => new Map(readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
  try { return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres' ? [[pid, procCpu(pid)]] : []; } catch { return []; }
}));
const pgDelta = (a, b) => [...b].reduce((sum, [pid, t]) => sum + t - (a.get(pid) ?? 0), 0);
const machineBusy = () => { const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number); return { busy: (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * TICK_MS, all: f.slice(0, 8).reduce((a, b) => a + b, 0) * TICK_MS }; };
// the API process and its children (API_PROCESSES > 1 forks replicas)
const apiPids = () => [String(api.pid), ...readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
  try { const st = readFileSync(`/proc/${pid}/stat`, 'utf8'); return st.slice(st.lastIndexOf(')') + 2).split(' ')[1] === String(api.pid); } catch { return false; }
})];
const apiCpu = (part) => apiPids().reduce((sum, pid) => sum + procCpu(pid, part), 0);
const cpuSnapshot = () => ({ api: apiCpu('all'), apiSys: apiCpu('sys'), pg: pgCpu(), self: (process.cpuUsage().user + process.cpuUsage().system) / 1000, machine: machineBusy() });

// a light client (node:http, kept-alive connections), so that the load generator takes little of the CPU it shares
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
function call(method, urlPath, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: PORT, path: urlPath, method, agent, headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function run(label, slotsPool, bookOne, unit = 'bookings/s') {
  const latencies = [];
  let ok = 0;
  let errors = 0;
  let next = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();
  const cpu0 = cpuSnapshot();
  await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => {
    while (Date.now() < deadline && next < slotsPool.length) {
      const slotId = slotsPool[next++];
      const t0 = performance.now();
      try { (await bookOne(i, slotId)) ? ok++ : errors++; } catch { errors++; }
      latencies.push(performance.now() - t0);
    }
  }));
  const elapsed = (Date.now() - started) / 1000;
  const cpu1 = cpuSnapshot();
  latencies.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} ${fmt(ok / elapsed).padStart(8)} ${unit}   p50 ${fmt(pct(latencies, 50))} ms   p95 ${fmt(pct(latencies, 95))} ms   p99 ${fmt(pct(latencies, 99))} ms   errors ${errors}   (${ok} in ${elapsed.toFixed(1)} s, ${CLIENTS} clients)`);
  const per = (a, b) => fmt(((b - a) / Math.max(1, latencies.length)) * 1000);
  const machine = ((cpu1.machine.busy - cpu0.machine.busy) / Math.max(1, cpu1.machine.all - cpu0.machine.all)) * 100;
  console.log(`${''.padEnd(34)} CPU µs per request: API ${per(cpu0.api, cpu1.api)} (kernel ${per(cpu0.apiSys, cpu1.apiSys)}), PostgreSQL ${per(0, pgDelta(cpu0.pg, cpu1.pg))}, bench client ${per(cpu0.self, cpu1.self)}; machine ${fmt(machine)}% busy`);
  return ok / elapsed;
}

if (process.env.BENCH_BASELINE) {
  // the floor of the framework: a public GET that touches no database (middleware, guard, logging, JSON)
  await run('HTTP floor (GET identity providers)', Array.from({ length: 1_000_000 }, () => null), async () =>
    (await call('GET', '/api/auth/idps', {})) === 200, 'requests/s');
  // the floor of the HTTP stack: an authenticated GET that reads one small row (session, rate limit, guard, logging)
  await run('HTTP baseline (GET my appointments)', Array.from({ length: 1_000_000 }, () => null), async (i) => {
    return (await call('GET', '/api/citizen/agenda/appointments', { cookie: sessions[i].cookie })) === 200;
  }, 'requests/s');
}
console.log(`\nbooking benchmark: ${CLIENTS} concurrent clients, ${SECONDS} s each, distinct free slots`);
const viaHttp = await run('HTTP (whole API stack)', httpSlots, async (i, slotId) => {
  const s = sessions[i];
  return (await call('POST', '/api/citizen/agenda/appointments', { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
    JSON.stringify({ slotId, channel: 'in_person' }))) === 201;
});
// The same booking the API runs, straight to PostgreSQL: the statements are built by the API's own compiled code
// (the slot with its service and office, the person's registry record and notification preferences, then one
// statement taking the seat and writing the appointment, the audit record and the outbox messages) — without HTTP,
// sessions, validation, logging or rate limiting.
const require = createRequire(import.meta.url);
const dist = (f) => require(path.join(repoRoot, 'dist/api/apps/api/src', f));
const { SqlStatement } = dist('database/sql-statement.js');
const { queryPrepared } = dist('database/prepared-query.js');
const repo = Object.create(dist('modules/agenda/agenda.repository.js').AgendaRepository.prototype);
const audit = Object.create(dist('platform/audit/audit.service.js').AuditService.prototype);
const registry = Object.create(dist('modules/registry/registry.service.js').RegistryService.prototype);
const notifications = Object.assign(Object.create(dist('modules/notifications/notifications.service.js').NotificationsService.prototype), { env: { NOTIFICATION_QUIET_HOURS: '' } });
const agenda = Object.assign(Object.create(dist('modules/agenda/agenda.service.js').AgendaService.prototype), { env: { CITIZEN_WEB_URL: 'http://localhost:4200', SESSION_SECRET: env.SESSION_SECRET } });
const viaSql = await run('SQL (same statements, direct)', sqlSlots, async (i, slotId) => {
  const c = await db.connect();
  try {
    // the API's own queryPrepared (named prepared statements) on this connection, as inside a transaction of the API
    const m = { queryRunner: { connect: async () => c } };
    const fc = citizens[CLIENTS + (i % CLIENTS)].fiscal_code;
    const read = new SqlStatement();
    const slot = await repo.slotForBooking(m, read, slotId, { prefs: notifications.preferencesSql(read, fc), citizen: registry.citizenRefSql(read, fc) });
    const { citizen } = slot;
    const appointment = { id: randomUUID(), status: 'booked', channel: 'in_person', startsAt: slot.startsAt, endsAt: slot.endsAt, serviceCode: slot.serviceCode, serviceNameIt: slot.serviceNameIt,
      serviceNameEn: slot.serviceNameEn, officeName: slot.officeName, cancelCutoffHours: slot.cancelCutoffHours, citizenFiscalCode: fc, citizenName: `${citizen.givenName} ${citizen.familyName}`,
      slotId, operatorId: slot.operatorId, officeId: slot.officeId, cancelReason: null, convocationId: null, officeAddress: slot.officeAddress, recallAnswer: null };
    const messages = notifications.outboxRows(agenda.bookingMessages(appointment, citizen), slot.prefs);
    const ctx = { principal: { fiscalCode: fc, givenName: citizen.givenName, familyName: citizen.familyName, roles: ['citizen'] }, ip: '127.0.0.1', userAgent: 'bench', correlationId: randomUUID() };
    const st = new SqlStatement();
    const sql = repo.bookSql(st, { id: appointment.id, slotId, notBefore: new Date(Date.now() + slot.minNoticeMinutes * 60_000), channel: 'in_person', citizenId: citizen.id, citizenFiscalCode: fc, source: 'citizen' },
      (from) => [
        { name: 'audit', sql: audit.insertSql(st, ctx, { action: 'agenda.appointment.book', resourceType: 'appointment', resourceId: appointment.id, subjectFiscalCode: fc, actorOfficeId: slot.officeId, details: { source: 'citizen' } }, from) },
        { name: 'outbox', sql: notifications.outboxInsertSql(st, messages, from) },
      ], 'outbox');
    const [r] = await queryPrepared(m, sql, st.params);
    return r.booked === 1;
  } finally { c.release(); }
});
console.log(`HTTP stack reaches ${fmt((viaHttp / viaSql) * 100)}% of the direct-SQL throughput.`);
const [{ overbooked }] = (await db.query(`SELECT count(*)::int AS overbooked FROM agenda.slots WHERE booked > capacity`)).rows;
const [{ doubled }] = (await db.query(`SELECT count(*)::int AS doubled FROM (SELECT s.id FROM agenda.slots s JOIN agenda.appointments a ON a.slot_id = s.id AND a.status = 'booked'
  GROUP BY s.id, s.capacity HAVING count(*) > s.capacity) x`)).rows;
console.log(`slots over capacity after the run: ${overbooked}; slots holding more live appointments than seats: ${doubled}`);

agent.destroy();
api.kill('SIGTERM');
await db.end();
if (process.env.BENCH_KEEP_DB) { console.log(`database kept: ${dbUrl}`); process.exit(0); }
const drop = new pg.Client({ connectionString: adminUrl });
await drop.connect();
await drop.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await drop.end();
if (embedded) await embedded.stop();
