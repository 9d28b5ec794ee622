#!/usr/bin/env node
// `npm run drill:crash`: SIGKILL the API while 50 clients book, restart it, and check that nothing acknowledged was lost.
// On its own database (DATABASE_ADMIN_URL, else the machine's PostgreSQL, else an embedded one), with the built API:
//   1. seed DRILL_SLOTS slots (a third of them group slots with 4 seats), 50 citizen sessions;
//   2. 50 clients book random slots (contention: some answers are 409 "full" / "already booked");
//   3. after DRILL_KILL_AFTER seconds (5) the API gets SIGKILL, and is started again at once;
//      the clients keep trying through the outage and for DRILL_AFTER seconds (5) after it is back;
//   4. every booking answered 201 must be in the database, and no slot may hold more live appointments than seats
//      (nor may its seat counter disagree with them).
// Prints the figures; exits 1 when a booking was lost or a slot is over capacity. DRILL_KEEP_DB=1 keeps the database.
import { apiEnv, buildMigrateSeed, fmt, httpClient, insertSession, pool, scratchDatabase, sleep, startApi } from './bench/lib/harness.mjs';

const CLIENTS = Number(process.env.DRILL_CLIENTS ?? 50);
const SLOTS = Number(process.env.DRILL_SLOTS ?? 600); // few enough that clients compete for the last seats
const KILL_AFTER = Number(process.env.DRILL_KILL_AFTER ?? 5);
const AFTER = Number(process.env.DRILL_AFTER ?? 5);
const PORT = 3102;

const database = await scratchDatabase('opencpi_drill', { embeddedPort: 54361 });
buildMigrateSeed(database.url);
const db = pool(database.url, 5);

// slots of new operators: capacity 1, every third one a group slot with 4 seats
const perOffice = Math.ceil(SLOTS / (5 * 540));
await db.query(
  `WITH o AS (SELECT id, region_id, row_number() OVER (ORDER BY code) AS rn FROM registry.offices)
  INSERT INTO registry.staff (fiscal_code, given_name, family_name, role, region_id)
  SELECT 'DRL' || (o.rn % 10) || lpad(g::text, 5, '0') || 'X00X00X', 'Drill', 'Operatore ' || o.rn || '-' || g, 'operator', o.region_id
    FROM o, generate_series(1, $1::int) g WHERE o.rn <= 5`,
  [perOffice],
);
await db.query(`INSERT INTO registry.staff_offices (staff_id, office_id)
  SELECT s.id, o.id FROM registry.staff s JOIN (SELECT id, row_number() OVER (ORDER BY code) AS rn FROM registry.offices) o
    ON substr(s.fiscal_code, 4, 1) = (o.rn % 10)::text WHERE s.fiscal_code LIKE 'DRL%'`);
await db.query(`
  INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity)
  SELECT so.office_id, so.staff_id, (SELECT id FROM agenda.service_types WHERE code = 'prima-accoglienza'),
         ((d::date + tt.t) AT TIME ZONE 'Europe/Rome'), ((d::date + tt.t + interval '30 minutes') AT TIME ZONE 'Europe/Rome'), '{in_person,video,phone}',
         CASE WHEN (extract(doy FROM d)::int + extract(hour FROM tt.t)::int) % 3 = 0 THEN 4 ELSE 1 END
    FROM registry.staff_offices so JOIN registry.staff s ON s.id = so.staff_id AND s.fiscal_code LIKE 'DRL%',
         generate_series(current_date + 1, current_date + 56, interval '1 day') d,
         (SELECT time '09:00' + n * interval '30 minutes' AS t FROM generate_series(0, 6) n
          UNION ALL SELECT time '14:00' + n * interval '30 minutes' FROM generate_series(0, 6) n) tt
   WHERE extract(isodow FROM d) < 6`);
const slots = (
  await db.query(`SELECT s.id FROM agenda.slots s JOIN registry.staff st ON st.id = s.operator_id AND st.fiscal_code LIKE 'DRL%' ORDER BY random() LIMIT $1`, [SLOTS])
).rows.map((r) => r.id);
const citizens = (await db.query(`SELECT fiscal_code, given_name, family_name FROM registry.citizens ORDER BY fiscal_code LIMIT $1`, [CLIENTS])).rows;
const sessions = [];
for (const c of citizens) sessions.push(await insertSession(db, c));
console.log(`crash drill: ${slots.length} slots, ${sessions.length} clients booking; SIGKILL after ${KILL_AFTER} s, then ${AFTER} s more after the restart`);

const env = apiEnv(database.url, PORT, { JOBS_WORKERS: 'true' });
let api = await startApi(env);
const client = httpClient(PORT, CLIENTS);

const acknowledged = new Set();
const counts = { sent: 0, created: 0, refused: 0, noAnswer: 0, other: 0 };
const refusedBy = new Map();
let stop = false;
const workers = Array.from({ length: sessions.length }, async (_, i) => {
  const s = sessions[i];
  while (!stop) {
    const slotId = slots[Math.floor(Math.random() * slots.length)];
    counts.sent++;
    try {
      const res = await client.fetchJson(
        'POST',
        '/api/citizen/agenda/appointments',
        { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
        JSON.stringify({ slotId, channel: 'in_person' }),
      );
      if (res.status === 201 && res.body?.id) {
        acknowledged.add(res.body.id);
        counts.created++;
      } else if (res.status === 409 || res.status === 422) {
        counts.refused++;
        refusedBy.set(res.body?.code, (refusedBy.get(res.body?.code) ?? 0) + 1);
      } else counts.other++;
    } catch {
      counts.noAnswer++; // killed mid-request, or refused while down: the client does not know, and tries another slot
      await sleep(50);
    }
  }
});

await sleep(KILL_AFTER * 1000);
const beforeKill = acknowledged.size;
api.proc.kill('SIGKILL');
const killedAt = performance.now();
await api.exited;
console.log(`SIGKILL sent with ${beforeKill} bookings acknowledged; restarting the API`);
api = await startApi(env);
const downFor = (performance.now() - killedAt) / 1000;
await sleep(AFTER * 1000);
stop = true;
await Promise.all(workers);
client.destroy();
await api.stop();

const ids = [...acknowledged];
const [{ found }] = (await db.query(`SELECT count(*)::int AS found FROM agenda.appointments WHERE id = ANY($1::uuid[])`, [ids])).rows;
const [{ over }] = (
  await db.query(`SELECT count(*)::int AS over FROM (SELECT s.id FROM agenda.slots s JOIN agenda.appointments a ON a.slot_id = s.id AND a.status = 'booked'
  GROUP BY s.id, s.capacity HAVING count(*) > s.capacity) x`)
).rows;
const [{ counterOver }] = (await db.query(`SELECT count(*)::int AS "counterOver" FROM agenda.slots WHERE booked > capacity`)).rows;
const [{ drift }] = (
  await db.query(`SELECT count(*)::int AS drift FROM agenda.slots s
  WHERE s.booked <> (SELECT count(*) FROM agenda.appointments a WHERE a.slot_id = s.id AND a.status = 'booked')`)
).rows;
const [{ total }] = (
  await db.query(
    `SELECT count(*)::int AS total FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id JOIN registry.staff st ON st.id = s.operator_id AND st.fiscal_code LIKE 'DRL%'`,
  )
).rows;
await db.end();
if (process.env.DRILL_KEEP_DB) console.log(`database kept: ${database.url}`);
else await database.drop();

const lost = ids.length - found;
console.log(`
requests sent                         ${counts.sent}
bookings acknowledged (201)           ${ids.length}
  of which found in the database      ${found}
  lost                                ${lost}
refused (409/422)                     ${counts.refused}  ${[...refusedBy].map(([c, n]) => `${c} ${n}`).join(', ')}
no answer (killed or down)            ${counts.noAnswer}
other answers                         ${counts.other}
appointments in the database          ${total}  (${total - found} booked but never acknowledged: the answer died with the process)
slots over capacity                   ${over}  (seat counter above capacity: ${counterOver}; counter ≠ live appointments: ${drift})
API down after SIGKILL                ${fmt(downFor)} s until /api/status answered again
${lost === 0 && over === 0 && counterOver === 0 && drift === 0 ? 'PASSED: nothing acknowledged was lost, no slot over capacity' : 'FAILED'}`);
process.exit(lost === 0 && over === 0 && counterOver === 0 && drift === 0 ? 0 : 1);
