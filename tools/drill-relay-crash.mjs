#!/usr/bin/env node
// `npm run drill:relay-crash`: SIGKILL the API while its event relay is sending measures to INPS, restart it, and
// check that every measure reached INPS exactly once. On its own database (as drill:crash), with the built API and
// the national-systems simulator answering after DRILL_LATENCY_MS (100) so that sends are in flight:
//   1. DRILL_MEASURES (200) `measure.decided` events are written into the outbox (directly: no decision API here);
//   2. once INPS has accepted DRILL_KILL_AFTER (20) of them and a request is in flight, the API gets SIGKILL
//      (the in-flight message reaches INPS, its delivery's transaction dies with the process) and starts again;
//   3. the drill waits until every measure is sent, and compares with what INPS recorded.
// Exits 1 when a measure is lost or a key (or a measure) was accepted twice. DRILL_KEEP_DB=1, DRILL_NO_BUILD=1 as drill:outage.
import { fmt, startApi } from './bench/lib/harness.mjs';
import { drillSetup, publishMeasures, sendCounts, sleep, waitAllSent } from './national-systems-sim/drill-lib.mjs';

const MEASURES = Number(process.env.DRILL_MEASURES ?? 200);
const LATENCY = Number(process.env.DRILL_LATENCY_MS ?? 100);
const KILL_AFTER = Number(process.env.DRILL_KILL_AFTER ?? 20);
const PORT = 3104;

const { db, sim, env, teardown } = await drillSetup('opencpi_drill_relay_crash', { embeddedPort: 54364, apiPort: PORT });
let failed = true;
let api;
try {
  await sim.control('reset', {});
  await sim.control('mode', { latencyMs: LATENCY });
  const ids = await publishMeasures(db, MEASURES);
  console.log(`relay crash drill: ${MEASURES} measures decided; INPS answers after ${LATENCY} ms; SIGKILL once ${KILL_AFTER} are accepted, with a send in flight`);
  api = await startApi(env);
  let s;
  for (let i = 0; ; i++) {
    s = await sim.control('stats?summary=1');
    if (s.totals.accepted >= KILL_AFTER && s.inFlight > 0) break;
    if (i > 6000) throw new Error('INPS never got the first measures');
    await sleep(5);
  }
  api.proc.kill('SIGKILL');
  const killedAt = performance.now();
  await api.exited;
  const atKill = { accepted: s.totals.accepted, inFlight: s.inFlight, ...(await sendCounts(db, ids)) };
  console.log(`SIGKILL with ${atKill.accepted} accepted by INPS, ${atKill.inFlight} in flight, ${atKill.sent} marked sent; restarting the API`);
  api = await startApi(env);
  const restartMs = performance.now() - killedAt;
  const drainMs = await waitAllSent(db, ids, 300_000);
  await sleep(LATENCY * 3); // let anything still in flight land before reading INPS's records
  const after = await sendCounts(db, ids);
  const sim2 = (await sim.control('stats?summary=1')).totals;
  const lost = MEASURES - sim2.accepted;
  const duplicates = sim2.acceptedTwice + sim2.measuresAcceptedTwice;
  failed = lost !== 0 || duplicates !== 0 || after.sent !== MEASURES;
  console.log(`
measures decided                          ${MEASURES}
accepted by INPS                          ${sim2.accepted}
  lost                                    ${lost}
  duplicate keys accepted                 ${sim2.acceptedTwice}   (measures accepted under two keys: ${sim2.measuresAcceptedTwice})
  keys received more than once            ${sim2.receivedMoreThanOnce}   (sent again after the crash: INPS answered "already recorded")
marked sent by OpenCPI                    ${after.sent}   (of which INPS had already recorded: ${after.receivedBefore})
API down after SIGKILL                    ${fmt(restartMs / 1000, 1)} s until /api/status answered again
time from restart to all sent             ${drainMs === null ? 'did not drain within 300 s' : `${fmt(drainMs / 1000, 1)} s`}
${failed ? 'FAILED' : 'PASSED: nothing lost, nothing accepted twice'}`);
} finally {
  await api?.stop();
  await teardown();
}
process.exit(failed ? 1 : 0);
