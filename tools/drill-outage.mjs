#!/usr/bin/env node
// `npm run drill:outage`: INPS/SIISL down while measures are decided; nothing may be lost or communicated twice.
// On its own database (DATABASE_ADMIN_URL, else the machine's PostgreSQL, else an embedded one), the built API as a
// process with its workers (the event relay) and the national-systems simulator as another:
//   1. the simulator goes down (every connection reset), DRILL_MEASURES (200) `measure.decided` events are written
//      into the outbox (directly: the decision API belongs to the condizionalita module, not to this drill);
//   2. for DRILL_OUTAGE seconds (20) the relay keeps trying: attempts counted, every measure "waiting since…";
//   3. the simulator comes back; the drill times how long until every measure is sent.
// Prints the figures; exits 1 when a measure was not sent, or one was accepted twice. DRILL_KEEP_DB=1 keeps the
// database, DRILL_NO_BUILD=1 uses the API already built in dist/.
import { fmt, startApi } from './bench/lib/harness.mjs';
import { drillSetup, publishMeasures, sendCounts, sleep, waitAllSent } from './national-systems-sim/drill-lib.mjs';

const MEASURES = Number(process.env.DRILL_MEASURES ?? 200);
const OUTAGE = Number(process.env.DRILL_OUTAGE ?? 20);
const PORT = 3103;

const { db, sim, env, teardown } = await drillSetup('opencpi_drill_outage', { embeddedPort: 54363, apiPort: PORT });
const api = await startApi(env);
let failed = true;
try {
  await sim.control('reset', {});
  await sim.control('mode', { outage: true });
  console.log(`outage drill: INPS down; ${MEASURES} measures decided; outage of ${OUTAGE} s, then INPS comes back`);
  const outageStarted = performance.now();
  const ids = await publishMeasures(db, MEASURES);
  await sleep(Math.max(0, OUTAGE * 1000 - (performance.now() - outageStarted)));
  const during = await sendCounts(db, ids);
  const simDuring = await sim.control('stats?summary=1');

  await sim.control('mode', { outage: false });
  const drainMs = await waitAllSent(db, ids, 300_000);
  const after = await sendCounts(db, ids);
  const simAfter = (await sim.control('stats?summary=1')).totals;
  const [{ dead }] = (await db.query(`SELECT count(*)::int AS dead FROM events.deliveries WHERE consumer = 'national-systems.send-measure' AND status = 'dead'`)).rows;

  failed = after.sent !== MEASURES || simAfter.accepted !== MEASURES || simAfter.acceptedTwice !== 0 || simAfter.measuresAcceptedTwice !== 0 || dead !== 0;
  console.log(`
measures decided                          ${MEASURES}
during the outage (${OUTAGE} s)
  attempts recorded by the API            ${during.attempts}  (up to ${during.maxAttempts} for one measure; an attempt makes up to 3 requests, none while the circuit breaker is open)
  requests refused by INPS (reset)        ${simDuring.totals.refusedOutage}
  measures waiting                        ${during.waiting} (${during.notTried} not tried yet)   sent ${during.sent}   failed ${during.failed}
after INPS came back
  measures sent                           ${after.sent}   (waiting ${after.waiting}, failed ${after.failed}, dead letters ${dead})
  accepted by INPS                        ${simAfter.accepted}
  keys received more than once            ${simAfter.receivedMoreThanOnce}  (answers lost and retried; harmless: the key is recorded once)
  keys accepted more than once            ${simAfter.acceptedTwice}
  measures accepted under two keys        ${simAfter.measuresAcceptedTwice}
  total attempts per measure              ${fmt(after.attempts / MEASURES, 1)} on average, ${after.maxAttempts} at most
  time to drain after the outage ended    ${drainMs === null ? 'did not drain within 300 s' : `${fmt(drainMs / 1000, 1)} s`}  (the relay's backoff: EVENTS_RETRY_BASE_MS ${env.EVENTS_RETRY_BASE_MS} ms, doubling, capped at 10 min)
${failed ? 'FAILED' : 'PASSED: every measure sent, each accepted exactly once'}`);
} finally {
  await api.stop();
  await teardown();
}
process.exit(failed ? 1 : 0);
