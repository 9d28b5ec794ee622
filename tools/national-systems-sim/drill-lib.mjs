// Shared parts of the national-systems drills (tools/drill-outage.mjs, tools/drill-relay-crash.mjs): a scratch
// database with the built API, the simulator, `measure.decided` events written into the outbox, the send table.
import { randomUUID } from 'node:crypto';
import { apiEnv, buildMigrateSeed, pool, scratchDatabase, sleep } from '../bench/lib/harness.mjs';
import { startSimulator } from './spawn.mjs';

/** Database (migrated, seeded, API built unless DRILL_NO_BUILD=1), simulator, pool and the API's environment. */
export async function drillSetup(name, { embeddedPort, apiPort, extraEnv = {} }) {
  const database = await scratchDatabase(name, { embeddedPort });
  buildMigrateSeed(database.url, { build: !process.env.DRILL_NO_BUILD });
  const db = pool(database.url, 5);
  const sim = await startSimulator({ port: 0 });
  const env = apiEnv(database.url, apiPort, {
    JOBS_WORKERS: 'true',
    NATIONAL_SYSTEMS_URL: sim.url,
    EVENTS_POLL_MS: String(process.env.DRILL_EVENTS_POLL_MS ?? 200),
    EVENTS_RETRY_BASE_MS: String(process.env.DRILL_EVENTS_RETRY_BASE_MS ?? 250),
    ...extraEnv,
  });
  const teardown = async () => {
    await sim.stop();
    await db.end();
    if (process.env.DRILL_KEEP_DB) console.log(`database kept: ${database.url}`);
    else await database.drop();
  };
  return { database, db, sim, env, teardown };
}

/**
 * `measure.decided` events written straight into the platform outbox with their delivery to the national-systems
 * consumer, as EventOutbox.publish writes them (each its own committed transaction; other consumers of the type, if
 * any, get none): the condizionalita decision API is not part of these drills.
 */
export async function publishMeasures(db, n) {
  const [{ fiscal_code: fiscalCode }] = (await db.query(`SELECT fiscal_code FROM registry.citizens WHERE fiscal_code = 'RSSMRA85T10L219G'`)).rows;
  const ids = [];
  for (let i = 0; i < n; i++) {
    const measureId = randomUUID();
    ids.push(measureId);
    const payload = {
      measureId,
      caseId: randomUUID(),
      citizenFiscalCode: fiscalCode,
      benefit: 'NASPI',
      benefitId: 'INPS-NASPI-2026-000101',
      sanction: 'cut_quarter_month',
      ruleCode: 'NASPI_CONVOCATION_ABSENCE_1',
      ruleVersion: '1',
      legalSource: 'art. 21 c.7 lett. a D.Lgs. 150/2015',
      decidedOn: '2026-12-01',
      reversalOf: null,
    };
    await db.query(
      `WITH e AS (INSERT INTO events.outbox (type, version, aggregate_type, aggregate_id, payload) VALUES ('measure.decided', 1, 'measure', $1, $2) RETURNING id)
      INSERT INTO events.deliveries (consumer, event_id, aggregate_type, aggregate_id) SELECT 'national-systems.send-measure', e.id, 'measure', $1 FROM e`,
      [measureId, payload],
    );
  }
  return ids;
}

/** The send table's counts by state, and the attempts it recorded. */
export async function sendCounts(db, ids) {
  const [r] = (
    await db.query(
      `SELECT count(*) FILTER (WHERE state = 'sent')::int AS sent, count(*) FILTER (WHERE state = 'waiting')::int AS waiting,
      count(*) FILTER (WHERE state = 'failed')::int AS failed, coalesce(sum(attempts), 0)::int AS attempts,
      count(*) FILTER (WHERE receipt_duplicate)::int AS "receivedBefore", coalesce(max(attempts), 0)::int AS "maxAttempts"
    FROM national_systems.sends WHERE measure_id = ANY($1::uuid[])`,
      [ids],
    )
  ).rows;
  r.notTried = ids.length - r.sent - r.waiting - r.failed; // no attempt yet: waiting too, as sendStates reports them
  r.waiting += r.notTried;
  return r;
}

/** Polls until every measure is sent; returns the milliseconds it took, or null after `timeoutMs`. */
export async function waitAllSent(db, ids, timeoutMs) {
  const started = performance.now();
  for (;;) {
    if ((await sendCounts(db, ids)).sent === ids.length) return performance.now() - started;
    if (performance.now() - started > timeoutMs) return null;
    await sleep(100);
  }
}

export { sleep };
