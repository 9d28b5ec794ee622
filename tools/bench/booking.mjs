#!/usr/bin/env node
// `npm run bench:booking`: booking through the whole HTTP stack vs. the same statements straight to PostgreSQL (the
// physical limit). Prints figures; asserts nothing.
//   closed loop: BENCH_CLIENTS (50) clients each booking as fast as answered, BENCH_SECONDS (30) per path, run as two
//     alternating rounds (HTTP, direct, HTTP, direct) so that both paths see the same machine state: the maximum rate.
//   open loop: bookings arrive at fixed rates, BENCH_RATES (100,200,300 a second) for BENCH_STEP_SECONDS (20) each,
//     HTTP then direct at every step: p50/p95/p99 from the scheduled arrival and the achieved rate.
//   goal check: HTTP at half the direct path's measured maximum (BENCH_HALF_SECONDS, default BENCH_STEP_SECONDS):
//     p95 ≤ 50 ms?
//   Every phase books slots seeded for it alone, sized from the rates measured so far (a phase that runs out says so).
//   BENCH_PHASES (closed,open,half), DATABASE_ADMIN_URL (default: machine PG, else embedded), BENCH_BASELINE=1 (also a
//   public GET and an authenticated GET: the floors of the HTTP stack), BENCH_PROFILE=1 (CPU profile of the API in
//   /tmp/prof), BENCH_KEEP_DB=1 (leave the database for a look afterwards)
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { apiEnv, buildMigrateSeed, closedLoop, cpuMeter, fmt, httpClient, insertSession, openLoop, pool, repoRoot, scratchDatabase, startApi } from './lib/harness.mjs';
import { slotSeeder } from './lib/booking-slots.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const RATES = (process.env.BENCH_RATES ?? '100,200,300')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 20);
const HALF_SECONDS = Number(process.env.BENCH_HALF_SECONDS ?? STEP_SECONDS);
const PHASES = new Set((process.env.BENCH_PHASES ?? 'closed,open,half').split(','));
const PORT = 3100;
const P95_GOAL_MS = 50;

const database = await scratchDatabase('opencpi_bench');
buildMigrateSeed(database.url);
const db = pool(database.url, CLIENTS + 5);

// slots: each phase gets a batch of its own (lib/booking-slots.mjs)
const seedSlots = slotSeeder(db);

// one session per client, for distinct seeded citizens; the direct path books for another set of citizens
const citizens = (await db.query(`SELECT id, fiscal_code, given_name, family_name FROM registry.citizens ORDER BY fiscal_code LIMIT $1`, [CLIENTS * 2])).rows;
const sessions = [];
for (const c of citizens.slice(0, CLIENTS)) sessions.push(await insertSession(db, c));

const env = apiEnv(database.url, PORT);
const api = await startApi(env, { args: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [] });
const closedClient = httpClient(PORT, CLIENTS);
const openClient = httpClient(PORT, 512);

const bookHttp = (client) => async (i, slotId) => {
  const s = sessions[i % CLIENTS];
  return (
    (await client.call(
      'POST',
      '/api/citizen/agenda/appointments',
      { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      JSON.stringify({ slotId, channel: 'in_person' }),
    )) === 201
  );
};

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
const notifications = Object.assign(Object.create(dist('modules/notifications/notifications.service.js').NotificationsService.prototype), {
  env: { NOTIFICATION_QUIET_HOURS: '' },
});
const agendaEnv = { CITIZEN_WEB_URL: 'http://localhost:4200', SESSION_SECRET: env.SESSION_SECRET };
const keys = (() => {
  try {
    return new (dist('platform/keys/key-ring.js').KeyRing)(agendaEnv);
  } catch {
    return undefined;
  }
})(); // signed links, where the build has a key ring
const links = Object.assign(Object.create(dist('modules/agenda/appointments/appointment-links.js').AppointmentLinks.prototype), { env: agendaEnv, keys });
const bookingMessages = Object.assign(Object.create(dist('modules/agenda/booking/booking-messages.js').BookingMessages.prototype), { env: agendaEnv, links });
async function bookSql(i, slotId) {
  const c = await db.connect();
  try {
    // the API's own queryPrepared (named prepared statements) on this connection, as inside a transaction of the API
    const m = { queryRunner: { connect: async () => c } };
    const fc = citizens[CLIENTS + (i % CLIENTS)].fiscal_code;
    const read = new SqlStatement();
    const slot = await repo.slotForBooking(m, read, slotId, {
      prefs: notifications.preferencesSql(read, fc),
      office: registry.officeRefSql('s.office_id'),
      citizen: registry.citizenRefSql(read, fc),
    });
    const { citizen } = slot;
    const appointment = {
      id: randomUUID(),
      status: 'booked',
      channel: 'in_person',
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      serviceCode: slot.serviceCode,
      serviceNameIt: slot.serviceNameIt,
      serviceNameEn: slot.serviceNameEn,
      officeName: slot.office.name,
      cancelCutoffHours: slot.cancelCutoffHours,
      citizenId: citizen.id,
      citizenFiscalCode: fc,
      citizenName: `${citizen.givenName} ${citizen.familyName}`,
      slotId,
      operatorId: slot.operatorId,
      officeId: slot.officeId,
      cancelReason: null,
      convocationId: null,
      officeAddress: `${slot.office.address}, ${slot.office.comuneName}`,
      recallAnswer: null,
    };
    const messages = notifications.outboxRows(bookingMessages.of(appointment, citizen), slot.prefs);
    const ctx = {
      principal: { fiscalCode: fc, givenName: citizen.givenName, familyName: citizen.familyName, roles: ['citizen'] },
      ip: '127.0.0.1',
      userAgent: 'bench',
      correlationId: randomUUID(),
    };
    const st = new SqlStatement();
    const sql = repo.bookSql(
      st,
      {
        id: appointment.id,
        slotId,
        notBefore: new Date(Date.now() + slot.minNoticeMinutes * 60_000),
        channel: 'in_person',
        citizenId: citizen.id,
        citizenFiscalCode: fc,
        source: 'citizen',
      },
      (from) => [
        {
          name: 'audit',
          sql: audit.insertSql(
            st,
            ctx,
            {
              action: 'agenda.appointment.book',
              resourceType: 'appointment',
              resourceId: appointment.id,
              subjectFiscalCode: fc,
              actorOfficeId: slot.officeId,
              details: { source: 'citizen' },
            },
            from,
          ),
        },
        { name: 'outbox', sql: notifications.outboxInsertSql(st, messages, from) },
      ],
      'outbox',
    );
    const [r] = await queryPrepared(m, sql, st.params);
    return r.booked === 1;
  } finally {
    c.release();
  }
}

const paths = {
  HTTP: { label: 'HTTP (whole API stack)', closed: bookHttp(closedClient), open: bookHttp(openClient) },
  SQL: { label: 'SQL (same statements, direct)', closed: bookSql, open: bookSql },
};
const line = (label, r, extra) =>
  console.log(
    `${label.padEnd(34)} ${fmt(r.rate ?? r.achieved).padStart(8)} /s   p50 ${fmt(r.p50).padStart(6)} ms   p95 ${fmt(r.p95).padStart(6)} ms   p99 ${fmt(r.p99).padStart(6)} ms   errors ${r.errors}${extra}`,
  );

async function closedPhase(name, seconds, slotCount) {
  const slots = await seedSlots(slotCount);
  closedClient.reset();
  const cpu = cpuMeter(api.proc.pid);
  const r = await closedLoop({ clients: CLIENTS, seconds, items: slots, fire: paths[name].closed });
  line(
    paths[name].label,
    r,
    `   (${r.ok} in ${fmt(r.elapsed)} s, ${CLIENTS} clients)${r.exhausted ? '   RAN OUT OF SLOTS: rate capped by the data' : ''}${r.firstError ? `   first error: ${r.firstError}` : ''}`,
  );
  console.log(`${''.padEnd(34)} ${cpu(r.count)}`);
  return r;
}

if (process.env.BENCH_BASELINE) {
  const idle = { clients: CLIENTS, seconds: SECONDS / 2, items: Array.from({ length: 1_000_000 }, () => null) };
  line('HTTP floor (GET identity providers)', await closedLoop({ ...idle, fire: async () => (await closedClient.call('GET', '/api/auth/idps', {})) === 200 }), '');
  line(
    'HTTP baseline (GET my appointments)',
    await closedLoop({ ...idle, fire: async (i) => (await closedClient.call('GET', '/api/citizen/agenda/appointments', { cookie: sessions[i].cookie })) === 200 }),
    '',
  );
}

// warm-up and calibration: a few seconds of each path, to size the slots of the measured phases
console.log(`\nwarm-up (3 s each path; sizes the slots of the measured phases)`);
const warm = { HTTP: await closedPhase('HTTP', 3, 10000), SQL: await closedPhase('SQL', 3, 15000) };
let directMax = warm.SQL.rate;
let httpMax = warm.HTTP.rate;

if (PHASES.has('closed')) {
  const round = SECONDS / 2;
  console.log(`\nclosed loop: ${CLIENTS} clients, ${SECONDS} s per path in two alternating rounds of ${fmt(round)} s (A B A B), distinct free slots`);
  const got = { HTTP: [], SQL: [] };
  for (let r = 0; r < 2; r++) {
    for (const name of ['HTTP', 'SQL']) {
      const best = Math.max(directMax, httpMax, ...got.SQL.map((x) => x.rate), ...got.HTTP.map((x) => x.rate));
      got[name].push(await closedPhase(name, round, Math.ceil(best * 1.5 * round) + 2000));
    }
  }
  const mean = (xs) => xs.reduce((s, x) => s + x.ok, 0) / xs.reduce((s, x) => s + x.elapsed, 0);
  httpMax = mean(got.HTTP);
  directMax = mean(got.SQL);
  console.log(
    `maximum rate: HTTP ${fmt(httpMax)}/s, direct ${fmt(directMax)}/s: the HTTP stack reaches ${fmt((httpMax / directMax) * 100)}% of the direct path ` +
      `(rounds: ${got.HTTP.map((x, i) => `${fmt((x.rate / got.SQL[i].rate) * 100)}%`).join(', ')})`,
  );
}

async function openPhase(name, rate, seconds) {
  const slots = await seedSlots(Math.ceil(rate * seconds * 1.02) + 50);
  openClient.reset();
  const cpu = cpuMeter(api.proc.pid);
  const r = await openLoop({ rate, seconds, fire: (n) => paths[name].open(n, slots[n]) });
  line(
    `${paths[name].label} @ ${rate}/s`,
    r,
    `   (offered ${r.total} in ${seconds} s${r.dropped ? `, ${r.dropped} dropped at ${2000} in flight` : ''}; generator lag max ${fmt(r.maxLag)} ms)${r.firstError ? `   first error: ${r.firstError}` : ''}`,
  );
  console.log(`${''.padEnd(34)} ${cpu(r.ok + r.errors)}`);
  return r;
}

if (PHASES.has('open')) {
  console.log(
    `\nopen loop: bookings arrive at fixed rates (${RATES.join(', ')} a second, ${STEP_SECONDS} s each); latency from the scheduled arrival; HTTP then direct at each rate`,
  );
  console.log(`${'path @ offered rate'.padEnd(34)} ${'achieved'.padStart(8)}`);
  for (const rate of RATES) for (const name of ['HTTP', 'SQL']) await openPhase(name, rate, STEP_SECONDS);
}

if (PHASES.has('half')) {
  const rate = Math.max(1, Math.round(directMax / 2));
  console.log(`\ngoal: at half the direct path's maximum (${fmt(directMax)}/s → ${rate}/s offered), HTTP p95 ≤ ${P95_GOAL_MS} ms`);
  const r = await openPhase('HTTP', rate, HALF_SECONDS);
  console.log(`HTTP p95 at ${rate}/s: ${fmt(r.p95)} ms (achieved ${fmt(r.achieved)}/s, errors ${r.errors}) → goal ${r.p95 <= P95_GOAL_MS && r.errors === 0 ? 'MET' : 'NOT MET'}`);
}

const [{ overbooked }] = (await db.query(`SELECT count(*)::int AS overbooked FROM agenda.slots WHERE booked > capacity`)).rows;
const [{ doubled }] = (
  await db.query(`SELECT count(*)::int AS doubled FROM (SELECT s.id FROM agenda.slots s JOIN agenda.appointments a ON a.slot_id = s.id AND a.status = 'booked'
  GROUP BY s.id, s.capacity HAVING count(*) > s.capacity) x`)
).rows;
console.log(`\nslots over capacity after the run: ${overbooked}; slots holding more live appointments than seats: ${doubled}`);

// teardown in order: clients, API (waited for), our pool, then the database
closedClient.destroy();
openClient.destroy();
await api.stop();
await db.end();
if (process.env.BENCH_KEEP_DB) console.log(`database kept: ${database.url}`);
else await database.drop();
