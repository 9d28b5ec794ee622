#!/usr/bin/env node
// `npm run bench:reads`: the five most used authenticated GETs, each on its own at a fixed arrival rate (open loop:
// requests are sent at their scheduled instant whether or not earlier ones were answered; latency counts from that
// instant). Prints p50/p95/p99, achieved rate and errors per route against the goal p95 ≤ 20 ms. Asserts nothing.
//   BENCH_RATE (300 a second), BENCH_SECONDS (20 per route), BENCH_USERS (50 citizens and up to 20 operators, sessions
//   spread round-robin), BENCH_ROUTES (comma-separated names to run a subset), DATABASE_ADMIN_URL (default: machine
//   PG, else embedded), BENCH_KEEP_DB=1
import { apiEnv, buildMigrateSeed, cpuMeter, fmt, httpClient, insertSession, openLoop, pool, scratchDatabase, startApi } from './lib/harness.mjs';

const RATE = Number(process.env.BENCH_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const ONLY = process.env.BENCH_ROUTES ? new Set(process.env.BENCH_ROUTES.split(',')) : null;
const PORT = 3101;
const GOAL_MS = 20;

const database = await scratchDatabase('opencpi_bench_reads', { embeddedPort: 54360 });
buildMigrateSeed(database.url);
const db = pool(database.url, 5);

// citizens of CPI Torino, those with a matching profile and a patto first; operators of the same office
const office = (await db.query(`SELECT id FROM registry.offices WHERE code = 'CPI-TO'`)).rows[0];
const citizens = (
  await db.query(
    `
  SELECT c.id, c.fiscal_code, c.given_name, c.family_name FROM registry.citizens c
   WHERE c.office_id = $1
   ORDER BY EXISTS (SELECT 1 FROM matching.profiles p WHERE p.citizen_id = c.id) DESC,
            EXISTS (SELECT 1 FROM patto.patti pt WHERE pt.citizen_id = c.id) DESC, c.fiscal_code
   LIMIT $2`,
    [office.id, USERS],
  )
).rows;
const operators = (
  await db.query(
    `
  SELECT s.fiscal_code, s.given_name, s.family_name FROM registry.staff s JOIN registry.staff_offices so ON so.staff_id = s.id AND so.office_id = $1
   WHERE s.role = 'operator' AND s.active ORDER BY s.fiscal_code LIMIT 20`,
    [office.id],
  )
).rows;
const citizenSessions = [];
for (const c of citizens) citizenSessions.push(await insertSession(db, c));
const operatorSessions = [];
for (const o of operators) operatorSessions.push(await insertSession(db, o, { roles: ['operator'], app: 'operator' }));
// each citizen books one appointment, so that "my appointments" and the office's week have something in them
const env = apiEnv(database.url, PORT);
const api = await startApi(env);
const client = httpClient(PORT, 512);

const monday = (() => {
  const rome = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Rome' }));
  rome.setDate(rome.getDate() - ((rome.getDay() + 6) % 7));
  return `${rome.getFullYear()}-${String(rome.getMonth() + 1).padStart(2, '0')}-${String(rome.getDate()).padStart(2, '0')}`;
})();
const get = async (urlPath, s) => client.call('GET', urlPath, { cookie: s.cookie, accept: 'application/json' });
{
  const slots = await new Promise((resolve) => {
    const req = fetch(`http://127.0.0.1:${PORT}/api/citizen/agenda/slots?serviceType=prima-accoglienza&days=28`, { headers: { cookie: citizenSessions[0].cookie } });
    req
      .then((r) => r.json())
      .then(
        (b) => resolve(b.items ?? []),
        () => resolve([]),
      );
  });
  let booked = 0;
  for (let i = 0; i < citizenSessions.length && i < slots.length; i++) {
    const s = citizenSessions[i];
    const status = await client.call(
      'POST',
      '/api/citizen/agenda/appointments',
      { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      JSON.stringify({ slotId: slots[(i * 7) % slots.length].id, channel: 'in_person' }),
    );
    if (status === 201) booked++;
  }
  console.log(`${citizens.length} citizen and ${operators.length} operator sessions (CPI Torino); ${booked} appointments booked for the reads`);
}

const routes = [
  { name: 'my-appointments', label: 'GET my appointments', path: () => '/api/citizen/agenda/appointments', sessions: citizenSessions },
  { name: 'my-patto', label: 'GET my patto', path: () => '/api/citizen/patti', sessions: citizenSessions },
  { name: 'vacancies-for-me', label: 'GET vacancies for me', path: () => '/api/citizen/matching/vacancies', sessions: citizenSessions },
  { name: 'agenda-week', label: 'GET operator agenda (week)', path: () => `/api/operator/agenda/calendar?officeId=${office.id}&from=${monday}&days=7`, sessions: operatorSessions },
  { name: 'dossier', label: 'GET citizen dossier (operator)', path: (n) => `/api/operator/registry/citizens/${citizens[n % citizens.length].id}`, sessions: operatorSessions },
].filter((r) => !ONLY || ONLY.has(r.name));

// every route must answer 200 to every session it is measured with: a route answering 4xx fast would flatter the figures
for (const r of routes) {
  const statuses = new Map();
  for (let n = 0; n < r.sessions.length; n++) {
    const st = await get(r.path(n), r.sessions[n]);
    statuses.set(st, (statuses.get(st) ?? 0) + 1);
  }
  if (!statuses.has(200) || statuses.size > 1) console.log(`  ${r.label}: answers ${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ')} (non-200 counted as errors below)`);
}

console.log(`\nwarm-up: 2 s at ${Math.round(RATE / 3)}/s per route`);
for (const r of routes) {
  client.reset();
  await openLoop({ rate: Math.round(RATE / 3), seconds: 2, fire: async (n) => (await get(r.path(n), r.sessions[n % r.sessions.length])) === 200 });
}

console.log(`\nopen loop: ${RATE} requests a second for ${SECONDS} s per route, one route at a time; goal p95 ≤ ${GOAL_MS} ms`);
console.log(`${'route'.padEnd(32)} ${'achieved'.padStart(9)}   ${'p50'.padStart(9)}   ${'p95'.padStart(9)}   ${'p99'.padStart(9)}   errors   goal`);
const results = [];
for (const r of routes) {
  client.reset();
  const cpu = cpuMeter(api.proc.pid);
  const res = await openLoop({ rate: RATE, seconds: SECONDS, fire: async (n) => (await get(r.path(n), r.sessions[n % r.sessions.length])) === 200 });
  const met = res.p95 <= GOAL_MS && res.errors === 0 && res.dropped === 0;
  results.push({ ...r, met });
  console.log(
    `${r.label.padEnd(32)} ${fmt(res.achieved).padStart(7)}/s   ${fmt(res.p50).padStart(6)} ms   ${fmt(res.p95).padStart(6)} ms   ${fmt(res.p99).padStart(6)} ms   ${String(res.errors + res.dropped).padStart(6)}   ${met ? 'met' : 'NOT MET'}` +
      `${res.firstError ? `   first error: ${res.firstError}` : ''}${res.maxLag > 50 ? `   (generator lag up to ${fmt(res.maxLag)} ms: the load generator was short of CPU)` : ''}`,
  );
  console.log(`${''.padEnd(32)} ${cpu(res.ok + res.errors)}`);
}
console.log(`\n${results.filter((r) => r.met).length} of ${results.length} routes meet p95 ≤ ${GOAL_MS} ms at ${RATE}/s`);

client.destroy();
await api.stop();
await db.end();
if (process.env.BENCH_KEEP_DB) console.log(`database kept: ${database.url}`);
else await database.drop();
