import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { startSimulatorProcess, type SimulatorProcess } from '../../../test/national-systems-sim';
import { EventOutbox } from '../../platform/events/event-outbox';
import { EventRelay } from '../../platform/events/event-relay';
import { measurePayload } from './measure-payload.fixture';
import { NationalSystemsService } from './national-systems.service';

const MEASURES = 200;
const OUTAGE_DRAINS = 3;

interface SimStats {
  totals: { accepted: number; acceptedTwice: number; measuresAcceptedTwice: number; refusedOutage: number; receivedMoreThanOnce: number };
  keys: Record<string, { accepted: number; received: number; refused: number }>;
}

/**
 * Outage drill: INPS is down while 200 measures are decided. Events are published straight into the outbox (the
 * condizionalita decision API is built in parallel; the consumer sees the same `measure.decided` either way).
 * Every delivery fails and stays waiting (attempts counted, since when; after a few failures the circuit breaker refuses
 * without a request); once INPS is back each measure is received exactly once and every state is `sent`.
 */
describe('outage drill: 200 measures while INPS is down', () => {
  let t: TestApp;
  let sim: SimulatorProcess;
  let relay: EventRelay;

  beforeAll(async () => {
    sim = await startSimulatorProcess();
    // one attempt per delivery (the in-request backoff has its own tests); the background relay is off: drain() drives it
    t = await startTestApp({
      NATIONAL_SYSTEMS_URL: sim.url,
      NATIONAL_SYSTEMS_ATTEMPTS: '1',
      NATIONAL_SYSTEMS_TIMEOUT_MS: '2000',
      NATIONAL_SYSTEMS_CIRCUIT_COOLDOWN_MS: '500',
      EVENTS_POLL_MS: '60000',
      EVENTS_RETRY_BASE_MS: '10',
    });
    relay = t.app.get(EventRelay);
    await relay.drain({ ignoreBackoff: true }); // nothing of the seed is left for later
  });
  afterAll(async () => {
    await t?.close();
    await sim?.stop();
  });

  jest.setTimeout(240_000);

  it('delays every send while down, then delivers each measure exactly once', async () => {
    await sim.control('reset', {});
    await sim.control('mode', { outage: true });
    const ids = Array.from({ length: MEASURES }, () => randomUUID());
    for (const measureId of ids) {
      await t.db.transaction((m) =>
        t.app.get(EventOutbox).publish(m, {
          type: 'measure.decided',
          aggregateType: 'measure',
          aggregateId: measureId,
          payload: measurePayload(measureId),
        }),
      );
    }
    const service = t.app.get(NationalSystemsService);

    const startedAt = Date.now();
    for (let i = 1; i <= OUTAGE_DRAINS; i++) {
      await relay.drain({ ignoreBackoff: true, timeoutMs: 180_000 });
      const states = [...(await service.sendStates(ids)).values()];
      expect(states.every((s) => s.state === 'waiting' && s.attempts === i && s.since !== null && /^(network:|circuit-open)/.test(s.lastError ?? ''))).toBe(true);
    }
    const during = await sim.control<SimStats>('stats');
    expect(during.totals.accepted).toBe(0);
    // the circuit breaker refuses most attempts without a request: INPS sees a few per cooldown, not all 600
    expect(during.totals.refusedOutage).toBeGreaterThanOrEqual(5);
    expect(during.totals.refusedOutage).toBeLessThan(MEASURES * OUTAGE_DRAINS);

    await sim.control('mode', { outage: false });
    const backAt = Date.now();
    // the circuit may still be open for up to a cooldown: each drain tries every waiting delivery once
    for (let pass = 0; pass < 60; pass++) {
      await relay.drain({ ignoreBackoff: true, timeoutMs: 180_000 });
      if ([...(await service.sendStates(ids)).values()].every((s) => s.state === 'sent')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const drainMs = Date.now() - backAt;

    const after = await sim.control<SimStats>('stats');
    expect(after.totals.accepted).toBe(MEASURES);
    expect(after.totals.acceptedTwice).toBe(0);
    expect(after.totals.measuresAcceptedTwice).toBe(0);
    for (const id of ids) expect(after.keys[`measure:${id}`]).toMatchObject({ accepted: 1, received: 1 });
    const states = [...(await service.sendStates(ids)).values()];
    expect(states.every((s) => s.state === 'sent' && s.receiptId !== null && s.sentAt !== null)).toBe(true);
    const attempts = states.map((s) => s.attempts);
    expect(attempts.every((a) => a >= OUTAGE_DRAINS + 1)).toBe(true);
    // nothing left for the relay, nothing dead-lettered
    expect(await relay.drain({ ignoreBackoff: true })).toBe(0);
    const [dead] = (await t.db.query(`SELECT count(*)::int AS n FROM events.deliveries WHERE consumer = 'national-systems.send-measure' AND status <> 'done'`)) as { n: number }[];
    expect(dead!.n).toBe(0);

    console.log(
      `outage drill: ${MEASURES} measures; ${OUTAGE_DRAINS} relay passes during the outage (${Date.now() - startedAt - drainMs} ms), ` +
        `${during.totals.refusedOutage} refused attempts; attempts per measure ${Math.min(...attempts)}..${Math.max(...attempts)}; ` +
        `accepted ${after.totals.accepted}, keys accepted twice ${after.totals.acceptedTwice}; drained in ${drainMs} ms after INPS came back`,
    );
  });
});
