#!/usr/bin/env node
// `npm run bench:matching`: 1,000,000 candidate profiles and 20,000 vacancies with skewed skill and place
// distributions; best 50 candidates for a vacancy and best 50 vacancies for a person over 200 random queries each,
// with the indexes and with the naive plan (no index: sequential scans), and the API process's memory while it
// serves the candidates endpoint. Prints figures; asserts nothing.
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { canConnect, repoRoot, startEmbeddedPostgres } from '../lib/embedded-db.mjs';
import { apiEnv } from './lib/harness.mjs';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 1_000_000);
const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 20_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const NAIVE_QUERIES = Number(process.env.BENCH_NAIVE_QUERIES ?? 10);
const PORT = 3101;
const DB = 'opencpi_bench_matching';

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const summary = (label, ms) => {
  const s = [...ms].sort((a, b) => a - b);
  console.log(`${label.padEnd(46)} p50 ${fmt(pct(s, 50)).padStart(7)} ms   p95 ${fmt(pct(s, 95)).padStart(7)} ms   p99 ${fmt(pct(s, 99)).padStart(7)} ms   (${s.length} queries)`);
  return { p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99) };
};

let embedded;
let adminUrl = process.env.DATABASE_ADMIN_URL;
if (!adminUrl) {
  if (await canConnect('127.0.0.1', 5432)) adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  else {
    embedded = await startEmbeddedPostgres({ name: 'pg-bench-matching', port: 54360, database: 'postgres', persistent: false });
    adminUrl = embedded.adminUrl;
  }
}
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB}`);
await admin.end();
const dbUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${DB}`;
  return u.toString();
})();

execFileSync(process.execPath, [path.join(repoRoot, 'tools/build-api.mjs')], { stdio: 'ignore' });
const cli = path.join(repoRoot, 'dist/api/apps/api/src/cli.js');
execFileSync(process.execPath, [cli, 'migrate'], { env: { ...process.env, DATABASE_URL: dbUrl }, stdio: 'ignore' });
execFileSync(process.execPath, [cli, 'seed'], { env: { ...process.env, DATABASE_URL: dbUrl }, stdio: 'ignore' });

const db = new pg.Pool({ connectionString: dbUrl, max: 4 });
const q = (sql, params) => db.query(sql, params);

console.log(`generating ${PROFILES.toLocaleString('en')} profiles and ${VACANCIES.toLocaleString('en')} vacancies…`);
const t0 = Date.now();
const step = async (label, sql) => {
  const s = Date.now();
  await q(sql);
  console.log(`  ${label.padEnd(52)} ${((Date.now() - s) / 1000).toFixed(1)} s`);
};
// the taxonomy at ESCO's scale: 3,000 occupations in 436 ISCO unit groups, 13,900 skills, 15 essential + 6 optional each
await step(
  'taxonomy (3,000 occupations, 13,900 skills)',
  `
  INSERT INTO matching.occupations (esco_uri, isco_code, label, source)
    SELECT 'urn:bench:occ:' || g, lpad((1100 + (g % 436) * 20)::text, 4, '0'), 'Professione ' || g, 'bench' FROM generate_series(1, 3000) g;
  INSERT INTO matching.skills (esco_uri, label, source) SELECT 'urn:bench:skill:' || g, 'Competenza ' || g, 'bench' FROM generate_series(1, 13900) g;
  INSERT INTO matching.occupation_skills (occupation_id, skill_id, relation)
    SELECT DISTINCT ON (o.id, s) o.id, s, CASE WHEN k <= 15 THEN 'essential' ELSE 'optional' END
      FROM matching.occupations o, generate_series(1, 21) k,
           LATERAL (SELECT (SELECT min(id) FROM matching.skills) + ((o.id * 37 + k * k * 11 + (k % 3) * 4000) % 13900) AS s) x;
`,
);
// places: 8,000 comuni around 20 metropolitan areas; people and jobs concentrate in the first ones (power-law)
await step(
  '8,000 comuni around 20 metropolitan areas',
  `
  WITH centres(i, lat, lon) AS (VALUES (0,41.90,12.50),(1,45.46,9.19),(2,40.85,14.27),(3,45.07,7.69),(4,38.12,13.36),(5,44.41,8.93),(6,44.49,11.34),(7,43.77,11.25),
       (8,41.12,16.87),(9,37.50,15.09),(10,45.44,12.33),(11,45.44,10.99),(12,45.41,11.88),(13,45.65,13.78),(14,45.54,10.21),(15,39.22,9.12),(16,43.11,12.39),
       (17,42.46,14.21),(18,43.62,13.52),(19,38.11,15.65))
  INSERT INTO matching.comuni (istat, name, province, lat, lon)
  SELECT to_char(900000 + g, 'FM000000'), 'Comune di prova ' || g, 'ZZ',
         c.lat + (random() + random() + random() - 1.5) * (0.15 + 0.6 * g / 8000.0),
         c.lon + (random() + random() + random() - 1.5) * (0.2 + 0.8 * g / 8000.0)
    FROM generate_series(1, 8000) g JOIN centres c ON c.i = g % 20`,
);
await q(`CREATE TABLE bench_comuni AS SELECT row_number() OVER (ORDER BY istat)::int AS idx, istat, lat, lon FROM matching.comuni WHERE province = 'ZZ'`);
await q(`CREATE TABLE bench_occ AS SELECT row_number() OVER (ORDER BY o.id)::int AS idx, o.id, o.isco_code::int / 10 AS grp,
           array_agg(s.skill_id) FILTER (WHERE s.relation = 'essential') AS ess, array_agg(s.skill_id) FILTER (WHERE s.relation = 'optional') AS opt
           FROM matching.occupations o JOIN matching.occupation_skills s ON s.occupation_id = o.id WHERE o.source = 'bench' GROUP BY o.id`);
await q(`CREATE INDEX ON bench_comuni (idx); CREATE INDEX ON bench_occ (idx); ANALYZE bench_comuni; ANALYZE bench_occ`);
// load without the two big indexes, then build them (as a region's initial load would)
const idx = (await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'matching' AND tablename = 'profiles' AND indexname IN ('profiles_match_keys_gin')`)).rows;
for (const i of idx) await q(`DROP INDEX matching.${i.indexname}`);
// match_keys = skill × 1024 + 0.5° grid cell from 35°N 6°E (apps/api/src/modules/matching/engine/match-keys.ts), computed
// in the same INSERT (an UPDATE afterwards would double the table with dead rows)
await step(
  `${PROFILES.toLocaleString('en')} profiles (generated in PostgreSQL)`,
  `
  INSERT INTO matching.profiles (citizen_id, visibility, comune_istat, location, max_km, hours, shifts, contract_types, target_occupation_ids, occupation_ids,
                                 isco_groups, skill_ids, match_keys, eqf, languages, licences, experiences, education, available)
  SELECT id, visibility, istat, location, max_km, hours, shifts, '{}', occ, occ, grp, skills, ARRAY(SELECT s * 1024 + cell FROM unnest(skills) s),
         eqf, languages, licences, '[]', '[]', available
    FROM (
      SELECT gen_random_uuid() AS id,
             CASE WHEN r.v < 0.08 THEN 'nobody' WHEN r.v < 0.55 THEN 'cpi_agencies' WHEN r.v < 0.85 THEN 'employers_anonymous' ELSE 'employers_named' END AS visibility,
             c.istat, point(c.lon, c.lat) AS location, (ARRAY[10, 20, 30, 30, 40, 50, 80])[1 + floor(random() * 7)::int] AS max_km,
             (ARRAY['full', 'part', 'any', 'any'])[1 + floor(random() * 4)::int] AS hours, random() < 0.6 AS shifts, ARRAY[o.id] AS occ, ARRAY[o.grp] AS grp,
             ARRAY(SELECT DISTINCT s FROM unnest(o.ess || o.opt || ARRAY[1 + floor(random() * 13899)::int, 1 + floor(random() * 13899)::int]) s WHERE random() < 0.55 ORDER BY s) AS skills,
             least(31, greatest(0, floor((c.lat - 35) / 0.5)::int)) * 32 + least(31, greatest(0, floor((c.lon - 6) / 0.5)::int)) AS cell,
             (ARRAY[2, 3, 3, 4, 4, 4, 5, 6, 6, 7])[1 + floor(random() * 10)::int] AS eqf,
             CASE WHEN random() < 0.5 THEN '[{"language":"en","level":"B1","rank":3}]'::jsonb ELSE '[]'::jsonb END AS languages,
             CASE WHEN random() < 0.7 THEN '{B}'::text[] ELSE '{}'::text[] END AS licences, random() < 0.95 AS available
        FROM (SELECT g, random() AS v, 1 + floor(7999 * power(random(), 2.5))::int AS ci, 1 + floor(2999 * power(random(), 2))::int AS oi FROM generate_series(1, ${PROFILES}) g) r
        JOIN bench_comuni c ON c.idx = r.ci JOIN bench_occ o ON o.idx = r.oi) x`,
);
await step('candidate index (GIN on match_keys)', idx.map((i) => i.indexdef).join('; '));
await step(
  `${VACANCIES.toLocaleString('en')} published vacancies`,
  `
  INSERT INTO matching.vacancies (created_by, title, occupation_id, isco_group, description, required_skill_ids, required_weights, optional_skill_ids, min_eqf,
                                  languages, licences, comune_istat, location, contract_type, hours, pay_min, expires_on, status, moderation, published_at)
  SELECT 'BENCH00000000000', 'Offerta ' || r.g, o.id, o.grp, 'Offerta generata per il benchmark',
         o.ess[1:4 + (r.g % 3)], array_fill(1 + (r.g % 5), ARRAY[4 + (r.g % 3)]), o.opt[1:2], (ARRAY[0, 3, 4, 4, 6])[1 + (r.g % 5)],
         CASE WHEN r.g % 3 = 0 THEN '[{"language":"en","level":"B1","rank":3}]'::jsonb ELSE '[]'::jsonb END,
         CASE WHEN r.g % 4 = 0 THEN '{B}'::text[] ELSE '{}'::text[] END, c.istat, point(c.lon, c.lat),
         (ARRAY['permanent', 'fixed_term', 'apprenticeship'])[1 + (r.g % 3)], (ARRAY['full', 'part'])[1 + (r.g % 2)], 1400, current_date + 60, 'published', 'approved', now()
    FROM (SELECT g, 1 + floor(7999 * power(random(), 2.5))::int AS ci, 1 + floor(2999 * power(random(), 2))::int AS oi FROM generate_series(1, ${VACANCIES}) g) r
    JOIN bench_comuni c ON c.idx = r.ci JOIN bench_occ o ON o.idx = r.oi`,
);
await step('ANALYZE', 'ANALYZE matching.profiles; ANALYZE matching.vacancies');
const genSeconds = (Date.now() - t0) / 1000;
const size = (await q(`SELECT pg_size_pretty(pg_total_relation_size('matching.profiles')) AS p`)).rows[0].p;
console.log(`generation: ${genSeconds.toFixed(1)} s in all; matching.profiles with indexes: ${size}`);

const GRID = { lat0: 35, lon0: 6, step: 0.5, size: 32 };
const clamp = (n) => Math.min(GRID.size - 1, Math.max(0, n));
const vacancyKeys = (skills, lat, lon, km = 150) => {
  const dLat = km / 110.57,
    dLon = km / (111.32 * Math.cos((lat * Math.PI) / 180));
  const cells = [];
  for (let a = clamp(Math.floor((lat - dLat - GRID.lat0) / GRID.step)); a <= clamp(Math.floor((lat + dLat - GRID.lat0) / GRID.step)); a++)
    for (let b = clamp(Math.floor((lon - dLon - GRID.lon0) / GRID.step)); b <= clamp(Math.floor((lon + dLon - GRID.lon0) / GRID.step)); b++) cells.push(a * GRID.size + b);
  return [...new Set(skills)].flatMap((s) => cells.map((c) => s * 1024 + c));
};
const read = (f) => readFileSync(path.join(repoRoot, 'apps/api/src/modules/matching/engine/sql', f), 'utf8');
const candidatesSql = read('candidates-for-vacancy.sql').replace('{{score}}', read('score.sql'));
const vacanciesSql = read('vacancies-for-person.sql').replace('{{score}}', read('score.sql'));
const vacancyRows = (
  await q(
    `SELECT id, required_skill_ids || optional_skill_ids AS skills, location[1] AS lat, location[0] AS lon FROM matching.vacancies WHERE created_by = 'BENCH00000000000' ORDER BY random() LIMIT ${QUERIES}`,
  )
).rows;
const vacancyIds = vacancyRows.map((r) => r.id);
const keysOf = new Map(vacancyRows.map((r) => [r.id, vacancyKeys(r.skills, r.lat, r.lon)]));
// exactly what the engine does: the candidates query in a transaction with enable_seqscan off (see the SQL file)
const candidates = async (client, id) => {
  await client.query('BEGIN');
  await client.query('SET LOCAL enable_seqscan = off; SET LOCAL jit = off');
  const s = performance.now();
  const r = await client.query(candidatesSql, [id, 50, 0, false, keysOf.get(id)]);
  const ms = performance.now() - s;
  await client.query('COMMIT');
  return { ms, rows: r.rowCount };
};
const people = (await q(`SELECT citizen_id FROM matching.profiles TABLESAMPLE SYSTEM (1) WHERE available AND visibility <> 'nobody' LIMIT ${QUERIES}`)).rows.map(
  (r) => r.citizen_id,
);

async function time(client, sql, params) {
  const s = performance.now();
  const r = await client.query(sql, params);
  return { ms: performance.now() - s, rows: r.rowCount };
}
const client = await db.connect();
await client.query('SELECT 1');
// warm-up (a few queries), then the measured ones
for (const id of vacancyIds.slice(0, 5)) await candidates(client, id);
const cand = [];
let candRows = 0;
for (const id of vacancyIds) {
  const r = await candidates(client, id);
  cand.push(r.ms);
  candRows += r.rows;
}
const vac = [];
for (const id of people) vac.push((await time(client, vacanciesSql, [id, 50, true, null, null, null, null])).ms);
console.log(`\nmatching benchmark: ${PROFILES.toLocaleString('en')} profiles, ${VACANCIES.toLocaleString('en')} vacancies, direct SQL (the engine's query files)`);
const c1 = summary('best 50 candidates for a vacancy (indexes)', cand);
console.log(`  average candidates returned: ${(candRows / vacancyIds.length).toFixed(1)}`);
const v1 = summary('best 50 vacancies for a person (indexes)', vac);
// the naive plan: the same queries with index and bitmap scans disabled (sequential scans, every row scored)
await client.query('SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off; SET jit = off');
const naiveC = [];
for (const id of vacancyIds.slice(0, NAIVE_QUERIES)) naiveC.push((await time(client, candidatesSql, [id, 50, 0, false, keysOf.get(id)])).ms);
const naiveV = [];
for (const id of people.slice(0, NAIVE_QUERIES)) naiveV.push((await time(client, vacanciesSql, [id, 50, true, null, null, null, null])).ms);
await client.query('RESET enable_indexscan; RESET enable_bitmapscan; RESET enable_indexonlyscan; RESET jit');
const c2 = summary('best 50 candidates for a vacancy (naive plan)', naiveC);
const v2 = summary('best 50 vacancies for a person (naive plan)', naiveV);
console.log(`speed-up at p50: candidates ${fmt(c2.p50 / c1.p50)}×, vacancies ${fmt(v2.p50 / v1.p50)}×`);
client.release();

// through the API: an operator session, the candidates endpoint, peak memory of the API process
const staff = (await q(`SELECT fiscal_code, given_name, family_name FROM registry.staff WHERE fiscal_code = 'VRDLCU78C15L219W'`)).rows[0];
const token = randomBytes(32).toString('base64url');
await q(
  `INSERT INTO identity.sessions (token_hash, fiscal_code, given_name, family_name, roles, spid_level, kind, app, idp_entity_id, csrf_token, last_seen_at, absolute_expires_at)
         VALUES ($1,$2,$3,$4,'{citizen,operator}',2,'spid','operator','bench',$5, now() + interval '1 hour', now() + interval '2 hours')`,
  [createHash('sha256').update(token).digest('hex'), staff.fiscal_code, staff.given_name, staff.family_name, randomBytes(32).toString('hex')],
);
// production settings with a throwaway SP key (production refuses the committed development one)
const env = apiEnv(dbUrl, PORT);
const api = spawn(process.execPath, [path.join(repoRoot, 'dist/api/apps/api/src/main.js')], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://localhost:${PORT}/api/status`)).ok) break;
  } catch {
    /* starting */
  }
  if (i > 120) throw new Error('API did not start');
  await new Promise((r) => setTimeout(r, 250));
}
for (const id of vacancyIds.slice(0, 5))
  await (await fetch(`http://localhost:${PORT}/api/operator/matching/vacancies/${id}/candidates`, { headers: { cookie: `opencpi_sid=${token}` } })).arrayBuffer();
const http = [];
let errors = 0;
for (const id of vacancyIds) {
  const s = performance.now();
  const res = await fetch(`http://localhost:${PORT}/api/operator/matching/vacancies/${id}/candidates`, { headers: { cookie: `opencpi_sid=${token}` } });
  const body = await res.json();
  http.push(performance.now() - s);
  if (res.status !== 200 || !Array.isArray(body.items)) errors++;
}
const status = readFileSync(`/proc/${api.pid}/status`, 'utf8');
const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
summary('HTTP: candidates for a vacancy (whole API)', http);
console.log(`  errors ${errors}; API process memory: peak RSS ${fmt(kb('VmHWM') / 1024)} MB, current RSS ${fmt(kb('VmRSS') / 1024)} MB`);
api.kill('SIGTERM');
await db.end();
if (embedded) await embedded.stop();
