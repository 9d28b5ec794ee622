#!/usr/bin/env node
// `npm run bench:dashboard`: the managers' dashboard (issue 16) over 3 years of a 40-CPI region. Generates, with
// set-based SQL (generate_series) straight into the owners' tables of a scratch database, 1,000,000 people (one DID
// each), 3,000,000 appointments, 600,000 patti and 200,000 survey answers (× BENCH_SCALE), then times the refresh of the
// aggregates (a region admin's POST /refresh, run by the API's job worker) and the dashboard's API calls at a fixed
// offered rate (open loop), for the region and for one CPI. Prints figures against the targets (refresh ≤ 5 min,
// p95 ≤ 150 ms); asserts nothing.
//   BENCH_SCALE (1; 0.1 for a quick look), BENCH_RATE (10 requests a second per route), BENCH_SECONDS (20 per route),
//   DATABASE_ADMIN_URL (default: machine PG, else embedded), BENCH_KEEP_DB=1
import { apiEnv, buildMigrateSeed, cpuMeter, fmt, httpClient, insertSession, openLoop, pool, scratchDatabase, sleep, startApi } from './lib/harness.mjs';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PORT = 3104;
const GOAL_MS = 150;
const REFRESH_GOAL_S = 300;
const OFFICES = 40;
const n = (x) => Math.max(1, Math.round(x * SCALE));
const [PEOPLE, APPOINTMENTS, PATTI, ANSWERS] = [n(1_000_000), n(3_000_000), n(600_000), n(200_000)];

const database = await scratchDatabase('opencpi_bench_dashboard', { embeddedPort: 54361 });
buildMigrateSeed(database.url);
const db = pool(database.url, 4);
const q = async (label, sql, params = []) => {
  const t0 = Date.now();
  const r = await db.query(sql, params);
  console.log(`  ${label.padEnd(44)} ${String(r.rowCount ?? '').padStart(9)} rows  ${fmt((Date.now() - t0) / 1000)} s`);
  return r;
};

// 40 CPIs in the seeded region (the seed's offices and made-up ones), 10 operators each (made-up ids: slots and patti only name them)
const region = (await db.query(`SELECT r.id FROM registry.regions r JOIN registry.offices o ON o.region_id = r.id WHERE o.code = 'CPI-TO'`)).rows[0].id;
const seeded = Number((await db.query(`SELECT count(*) FROM registry.offices WHERE region_id = $1`, [region])).rows[0].count);
await db.query(
  `INSERT INTO registry.offices (region_id, code, name, address, comune_istat, comune_name, province, latitude, longitude, opening_hours, channels)
   SELECT $1, 'BENCH-' || g, 'CPI Bench ' || g, 'Via Roma ' || g, '001272', 'Torino', 'TO', 45.07, 7.68, 'lun-ven 9-13', ARRAY['in_person']
     FROM generate_series(1, $2::int) g`,
  [region, Math.max(0, OFFICES - seeded)],
);
await db.query(`DROP TABLE IF EXISTS public.bench_offices`);
await db.query(
  `CREATE TABLE public.bench_offices AS SELECT row_number() OVER (ORDER BY code) - 1 AS k, id FROM registry.offices WHERE region_id = $1 ORDER BY code LIMIT ${OFFICES}`,
  [region],
);
const days3y = `(interval '1 day' * ((g::bigint * 7919) % 1095))`;
const start = `(now() - interval '1095 days')`;

console.log(`generating (scale ${SCALE}): ${PEOPLE} people, ${APPOINTMENTS} appointments, ${PATTI} patti, ${ANSWERS} survey answers over 3 years and ${OFFICES} CPIs`);
const t0 = Date.now();
await q(
  'patto.dids',
  `INSERT INTO patto.dids (citizen_id, fiscal_code, office_id, status, filed_at, work_condition, benefit, citizenship, sap, contact_deadline, contact_days)
  SELECT md5('c' || g)::uuid, 'BENCH' || lpad(g::text, 11, '0'), o.id, 'active', ${start} + ${days3y}, 'no_job', CASE WHEN g % 3 = 0 THEN 'naspi' ELSE 'none' END, 'IT', '{}',
         ((${start} + ${days3y}) AT TIME ZONE 'Europe/Rome')::date + CASE WHEN g % 3 = 0 THEN 15 ELSE 30 END, CASE WHEN g % 3 = 0 THEN 15 ELSE 30 END
    FROM generate_series(1, ${PEOPLE}) g JOIN public.bench_offices o ON o.k = g % ${OFFICES}`,
);
await q(
  'patto.profilings (half the DIDs)',
  `INSERT INTO patto.profilings (citizen_id, did_id, model_version, disadvantage_index, factors, computed_at, computed_by, suggested_pathway)
  SELECT citizen_id, id, 'bench', 0.5, '[]', filed_at + interval '1 day' * (abs(hashtext(id::text)) % 40), 'BENCH00000000000', 1 + abs(hashtext(id::text)) % 4
    FROM patto.dids WHERE abs(hashtext(citizen_id::text)) % 2 = 0`,
);
await q(
  'patto.patti',
  `INSERT INTO patto.patti (id, citizen_id, citizen_fiscal_code, office_id, responsible_staff_id, status, created_at)
  SELECT md5('p' || g)::uuid, d.citizen_id, d.fiscal_code, d.office_id, md5('s' || (g % ${OFFICES}) || '-' || (g % 10))::uuid, 'signed', d.filed_at + interval '1 day' * (5 + g % 55)
    FROM generate_series(1, ${PATTI}) g JOIN patto.dids d ON d.citizen_id = md5('c' || g)::uuid`,
);
await q(
  'patto.patto_versions',
  `INSERT INTO patto.patto_versions (patto_id, version, status, content, summary, full_text, sha256, required_parties, created_at, created_by, proposed_at, signed_at)
  SELECT id, 1, 'signed', jsonb_build_object('pathway', 1 + abs(hashtext(id::text)) % 4), '', '', repeat('b', 64), ARRAY['citizen', 'operator'], created_at, 'BENCH00000000000', created_at, created_at + interval '1 day' * (abs(hashtext(id::text)) % 20)
    FROM patto.patti WHERE citizen_fiscal_code LIKE 'BENCH%'`,
);
const slots = Math.ceil(APPOINTMENTS / 10);
const st = (await db.query(`SELECT id FROM agenda.service_types WHERE code = 'prima-accoglienza'`)).rows[0].id;
await q(
  'agenda.slots (10 places each)',
  `INSERT INTO agenda.slots (id, office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity, booked)
  SELECT md5('slot' || g)::uuid, o.id, md5('s' || (g % ${OFFICES}) || '-' || ((g / ${OFFICES}) % 10))::uuid, $1,
         ${start} + interval '1 minute' * ((g / ${OFFICES * 10}) * ${Math.floor((1095 * 24 * 60) / Math.ceil(slots / (OFFICES * 10)))}), 
         ${start} + interval '1 minute' * ((g / ${OFFICES * 10}) * ${Math.floor((1095 * 24 * 60) / Math.ceil(slots / (OFFICES * 10)))} + 30), ARRAY['in_person', 'video', 'phone'], 10, 10
    FROM generate_series(0, ${slots - 1}) g JOIN public.bench_offices o ON o.k = g % ${OFFICES}`,
  [st],
);
await q(
  'agenda.appointments',
  `INSERT INTO agenda.appointments (id, slot_id, citizen_id, citizen_fiscal_code, channel, status, source, booked_at)
  SELECT md5('a' || g)::uuid, md5('slot' || (g / 10))::uuid, md5('c' || (1 + g % ${PEOPLE}))::uuid, 'BENCH' || lpad((1 + g % ${PEOPLE})::text, 11, '0'),
         (ARRAY['in_person', 'in_person', 'in_person', 'video', 'phone'])[1 + g % 5],
         (ARRAY['attended', 'attended', 'attended', 'attended', 'attended', 'attended', 'attended', 'absent', 'absent_justified', 'cancelled'])[1 + (g * 7) % 10],
         (ARRAY['citizen', 'citizen', 'invitation', 'convocation'])[1 + (g / 3) % 4], now() - interval '1100 days'
    FROM generate_series(0, ${APPOINTMENTS - 1}) g`,
);
await q(
  'agenda.invitations',
  `INSERT INTO agenda.invitations (citizen_id, citizen_fiscal_code, office_id, service_type_id, token_hash, status, expires_at, appointment_id, created_by)
  SELECT a.citizen_id, a.citizen_fiscal_code, s.office_id, s.service_type_id, md5(a.id::text) || md5('t' || a.id), 'booked', s.starts_at, a.id, 'BENCH00000000000'
    FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id WHERE a.source = 'invitation'`,
);
await q(
  'agenda.convocations',
  `INSERT INTO agenda.convocations (citizen_id, citizen_fiscal_code, office_id, appointment_id, starts_at, channel, place, legal_basis, rendered_text, text_sha256, created_by)
  SELECT a.citizen_id, a.citizen_fiscal_code, s.office_id, a.id, s.starts_at, a.channel, 'Sede', 'art. 20 D.Lgs. 150/2015', '', repeat('a', 64), 'BENCH00000000000'
    FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id WHERE a.source = 'convocation'`,
);
await q(
  'matching.vacancies',
  `INSERT INTO matching.vacancies (id, office_id, created_by, title, occupation_id, isco_group, description, comune_istat, location, contract_type, hours, expires_on, status, moderation, created_at, published_at)
  SELECT md5('v' || g)::uuid, o.id, 'BENCH00000000000', 'Bench', 1, 5223, 'Bench', '001272', point(7.68, 45.07), 'permanent', 'full', '2099-12-31', 'published', 'approved', ${start} + ${days3y}, ${start} + ${days3y}
    FROM generate_series(1, ${n(20_000)}) g JOIN public.bench_offices o ON o.k = g % ${OFFICES}`,
);
await q(
  'matching.applications (hires)',
  `INSERT INTO matching.applications (vacancy_id, citizen_id, status, outcome, outcome_at)
  SELECT md5('v' || g)::uuid, md5('c' || g)::uuid, 'shortlisted', 'hired', ${start} + ${days3y} + interval '1 day' * (3 + g % 60) FROM generate_series(1, ${n(20_000)}) g WHERE g % 2 = 0`,
);
await q(
  'condizionalita.cases',
  `INSERT INTO condizionalita.cases (source_event_id, source_type, source_ref, citizen_id, citizen_fiscal_code, office_id, benefit, benefit_id, breach_code, occurred_on, deadline, window_parameter, state, opened_at)
  SELECT g, 'bench', 'bench-' || g, md5('c' || g)::uuid, 'BENCH' || lpad(g::text, 11, '0'), o.id, 'NASPI', 'b', (ARRAY['appointment_missed', 'patto_signature_overdue'])[1 + g % 2],
         (${start} + ${days3y})::date, (${start} + ${days3y})::date + 5, 'bench', 'open', ${start} + ${days3y}
    FROM generate_series(1, ${n(30_000)}) g JOIN public.bench_offices o ON o.k = g % ${OFFICES}`,
);
await q(
  'surveys.invitations',
  `INSERT INTO surveys.invitations (id, service_kind, service_ref, citizen_id, fiscal_code, office_id, channel, service_name_it, service_name_en, service_name_ar, service_name_ro, service_name_uk, service_date, question_set_version, token_hash, created_at, expires_at)
  SELECT md5('i' || g)::uuid, (ARRAY['appointment', 'patto', 'certificate', 'vacancy'])[1 + g % 4], 'bench-' || g, md5('c' || g)::uuid, 'BENCH' || lpad(g::text, 11, '0'), o.id,
         (ARRAY['in_person', 'phone', 'video', 'online'])[1 + g % 4], 'Servizio', 'Service', 'خدمة', 'Serviciu', 'Послуга', (${start} + ${days3y})::date, 1, md5('i' || g) || md5('j' || g), ${start} + ${days3y}, ${start} + ${days3y} + interval '30 days'
    FROM generate_series(1, ${ANSWERS}) g JOIN public.bench_offices o ON o.k = g % ${OFFICES}`,
);
await q(
  'surveys.answers',
  `INSERT INTO surveys.answers (invitation_id, rating, answers, answered_at, answered_on)
  SELECT md5('i' || g)::uuid, 1 + (g * 7) % 5, '{}', ${start} + ${days3y} + interval '1 day', ((${start} + ${days3y} + interval '1 day') AT TIME ZONE 'Europe/Rome')::date FROM generate_series(1, ${ANSWERS}) g`,
);
// the surveys module keeps its daily aggregates in each answer's transaction; after a bulk load, its rebuild statement
// (SurveysKpiService.rebuildAggregates, copied here: the bench talks to the database, not to the module)
await q(
  'surveys.daily_aggregates (rebuild)',
  `INSERT INTO surveys.daily_aggregates (day, office_id, service_kind, channel, answers, rating_sum, r1, r2, r3, r4, r5)
  SELECT a.answered_on, i.office_id, i.service_kind, i.channel, count(*), sum(a.rating), count(*) FILTER (WHERE a.rating = 1), count(*) FILTER (WHERE a.rating = 2),
         count(*) FILTER (WHERE a.rating = 3), count(*) FILTER (WHERE a.rating = 4), count(*) FILTER (WHERE a.rating = 5)
    FROM surveys.answers a JOIN surveys.invitations i ON i.id = a.invitation_id GROUP BY 1, 2, 3, 4
  ON CONFLICT (day, office_id, service_kind, channel) DO NOTHING`,
);
await q('VACUUM ANALYZE', `VACUUM ANALYZE`);
console.log(`generated in ${fmt((Date.now() - t0) / 1000)} s`);

// sessions: the region admin and the manager of one CPI (the seed's CPI Torino manager)
const person = async (fc) => (await db.query(`SELECT fiscal_code, given_name, family_name FROM registry.staff WHERE fiscal_code = $1`, [fc])).rows[0];
const admin = await insertSession(db, await person('RCCSRA75H60E379W'), { roles: ['region_admin'], app: 'operator' });
const manager = await insertSession(db, await person('CLMPLA70E20C627O'), { roles: ['cpi_manager'], app: 'operator' });
// NODE_ENV development: production also wants the certificates' seal and the credentials' issuer key, which no
// dashboard call uses (development generates throwaway ones under .data); the job worker runs the refresh
const api = await startApi(apiEnv(database.url, PORT, { NODE_ENV: 'development', JOBS_WORKERS: 'true', JOBS_POLL_SECONDS: '1', DATABASE_POOL_MAX: '10' }));
const client = httpClient(PORT, 256);

console.log('\nrefresh of the aggregates (POST /api/operator/monitoring/refresh as the region admin, run by the job worker)');
const asked = await client.fetchJson('POST', '/api/operator/monitoring/refresh', { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' }, '{}');
if (asked.status !== 202) throw new Error(`refresh answered ${asked.status} ${JSON.stringify(asked.body)}`);
let run;
for (;;) {
  await sleep(1000);
  run = (await client.fetchJson('GET', '/api/operator/monitoring/refresh-runs', { cookie: admin.cookie })).body.items.find((r) => r.id === asked.body.id);
  if (run && run.state !== 'running') break;
}
const refreshS = (run.durationMs ?? 0) / 1000;
console.log(
  `  ${run.state}: ${fmt(refreshS)} s (${run.steps.map((s) => `${s.owner} ${fmt(s.durationMs / 1000)} s${s.ok ? '' : ' FAILED'}`).join(', ')}); goal ≤ ${REFRESH_GOAL_S} s: ${refreshS <= REFRESH_GOAL_S ? 'met' : 'NOT MET'}`,
);

const to = (await db.query(`SELECT id FROM registry.offices WHERE code = 'CPI-TO'`)).rows[0].id;
const routes = [
  { label: 'dashboard, region (12 months)', path: '/api/operator/monitoring/dashboard', s: admin },
  // the dashboard keeps the owners' rows of a filter until the next refresh (dashboard/kpi-cache.ts): a different period
  // on every call measures the reads themselves
  { label: 'dashboard, region, uncached', path: (i) => `/api/operator/monitoring/dashboard?from=${monthsAgo(12 + (i % 24))}&to=${monthsAgo(Math.floor(i / 24) % 12)}`, s: admin },
  { label: 'dashboard, region (36 months)', path: `/api/operator/monitoring/dashboard?from=${monthsAgo(35)}`, s: admin },
  { label: 'dashboard, one CPI (manager)', path: '/api/operator/monitoring/dashboard', s: manager },
  { label: 'dashboard, one CPI (admin, officeId)', path: `/api/operator/monitoring/dashboard?officeId=${to}`, s: admin },
  { label: 'benchmark no-shows, region', path: '/api/operator/monitoring/benchmark?indicator=no_shows', s: admin },
  { label: 'benchmark time to patto (manager)', path: '/api/operator/monitoring/benchmark?indicator=time_to_patto', s: manager },
  { label: 'operators of one CPI', path: `/api/operator/monitoring/offices/${to}/operators`, s: manager },
];
function pathOf(r, i) {
  return typeof r.path === 'function' ? r.path(i) : r.path;
}
function monthsAgo(k) {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - k);
  return d.toISOString().slice(0, 7);
}
for (const r of routes) {
  const first = await client.fetchJson('GET', pathOf(r, 0), { cookie: r.s.cookie });
  if (first.status !== 200) console.log(`  ${r.label}: answers ${first.status} ${JSON.stringify(first.body).slice(0, 200)}`);
}
console.log(`\nopen loop: ${RATE} requests a second for ${SECONDS} s per route, one route at a time; goal p95 ≤ ${GOAL_MS} ms`);
console.log(`${'route'.padEnd(38)} ${'achieved'.padStart(9)}   ${'p50'.padStart(9)}   ${'p95'.padStart(9)}   ${'p99'.padStart(9)}   errors   goal`);
let met = 0;
for (const r of routes) {
  client.reset();
  const cpu = cpuMeter(api.proc.pid);
  const res = await openLoop({
    rate: RATE,
    seconds: SECONDS,
    fire: async (i) => (await client.call('GET', pathOf(r, i + 1), { cookie: r.s.cookie, accept: 'application/json' })) === 200,
  });
  const ok = res.p95 <= GOAL_MS && res.errors === 0 && res.dropped === 0;
  if (ok) met++;
  console.log(
    `${r.label.padEnd(38)} ${fmt(res.achieved).padStart(7)}/s   ${fmt(res.p50).padStart(6)} ms   ${fmt(res.p95).padStart(6)} ms   ${fmt(res.p99).padStart(6)} ms   ${String(res.errors + res.dropped).padStart(6)}   ${ok ? 'met' : 'NOT MET'}`,
  );
  console.log(`${''.padEnd(38)} ${cpu(res.ok + res.errors)}`);
}
console.log(`\n${met} of ${routes.length} routes meet p95 ≤ ${GOAL_MS} ms at ${RATE}/s; refresh ${fmt(refreshS)} s (goal ≤ ${REFRESH_GOAL_S} s)`);

client.destroy();
await api.stop();
await db.end();
if (process.env.BENCH_KEEP_DB) console.log(`database kept: ${database.url}`);
else await database.drop();
