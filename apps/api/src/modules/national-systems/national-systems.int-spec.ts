import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { MeasureDecidedV1 } from '@opencpi/contracts';
import { measurePayload } from './measure-payload.fixture';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startSimulatorProcess, type SimulatorProcess } from '../../../test/national-systems-sim';
import { DomainError } from '../../platform/errors/domain-error';
import { NonRetryableEventError, type DeliveredEvent } from '../../platform/events/event-consumers';
import { NationalSystemsService } from './national-systems.service';
import { SendMeasureConsumer } from './send-measure.consumer';

const PAOLO = 'CLMPLA70E20C627O'; // CPI manager, Torino
const LUCA = 'VRDLCU78C15L219W'; // operator, Torino
const MARIO = 'RSSMRA85T10L219G'; // NASpI in the simulator's demo data

describe("national systems: benefits, the send-measure consumer, the operators' queue", () => {
  let t: TestApp;
  let sim: SimulatorProcess;
  let consumer: SendMeasureConsumer;
  let paolo: DirectSession;
  let luca: DirectSession;
  let eventId = 1_000_000;
  // one attempt of the relay: the consumer in a transaction of its own, as the relay runs it
  const deliver = (payload: MeasureDecidedV1) => {
    const event: DeliveredEvent<'measure.decided'> = {
      id: String(eventId++),
      type: 'measure.decided',
      version: 1,
      aggregateType: 'measure',
      aggregateId: payload.measureId,
      payload,
      occurredAt: new Date(),
    };
    return t.db.transaction((m) => consumer.handle(event as DeliveredEvent, m));
  };
  const row = async (measureId: string) =>
    (
      (await t.db.query(
        `SELECT state, attempts, last_error AS "lastError", receipt_id AS "receiptId", receipt_duplicate AS "dup" FROM national_systems.sends WHERE measure_id = $1`,
        [measureId],
      )) as Record<string, unknown>[]
    )[0];

  beforeAll(async () => {
    // a simulator of its own (the run's shared one must not go down under other test files)
    sim = await startSimulatorProcess();
    t = await startTestApp({ NATIONAL_SYSTEMS_URL: sim.url, NATIONAL_SYSTEMS_TIMEOUT_MS: '1000', EVENTS_POLL_MS: '60000' });
    consumer = t.app.get(SendMeasureConsumer);
    paolo = await directSession(t.app, PAOLO);
    luca = await directSession(t.app, LUCA);
  });
  afterAll(async () => {
    await t?.close();
    await sim?.stop();
  });
  beforeEach(() => sim.control('reset', {}));

  it('reads benefits through the port; when INPS is down, NATIONAL_SYSTEMS_UNAVAILABLE', async () => {
    const service = t.app.get(NationalSystemsService);
    const benefits = await service.benefitsOf(MARIO);
    expect(benefits).toEqual([expect.objectContaining({ type: 'NASPI', status: 'active', source: 'INPS' })]);
    expect(await service.benefitsOf('BNCGLI90A41F335M')).toEqual([expect.objectContaining({ type: 'ADI', source: 'SIISL' })]);
    expect(await service.benefitsOf('VRDLCU78C15L219W')).toEqual([]); // no benefit
    await sim.control('mode', { outage: true });
    expect(await service.benefitsOf(MARIO)).toEqual(benefits); // cached for a minute
    const error = await service.benefitsOf('KHLFTM95M52Z330E').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'NATIONAL_SYSTEMS_UNAVAILABLE', headers: { 'Retry-After': '30' } });
  });

  it('counts attempts during an outage (waiting since the first), then sends once with the same key', async () => {
    const measureId = randomUUID();
    await sim.control('mode', { outage: true });
    await expect(deliver(measurePayload(measureId))).rejects.toThrow('network:');
    await expect(deliver(measurePayload(measureId))).rejects.toThrow('network:');
    expect(await row(measureId)).toMatchObject({ state: 'waiting', attempts: 2, lastError: expect.stringMatching(/^network:/), receiptId: null });
    const waiting = (await t.app.get(NationalSystemsService).sendStates([measureId])).get(measureId)!;
    expect(waiting).toMatchObject({ state: 'waiting', attempts: 2, sentAt: null });
    expect(waiting.since).toBeInstanceOf(Date);

    await sim.control('mode', { outage: false });
    await deliver(measurePayload(measureId));
    expect(await row(measureId)).toMatchObject({ state: 'sent', attempts: 3, lastError: null, receiptId: expect.stringMatching(/^INPS-/), dup: false });
    const sent = await t.app.get(NationalSystemsService).sendStates([measureId, randomUUID()]);
    expect([...sent.values()].map((s) => s.state)).toEqual(['sent', 'waiting']);
    expect([...sent.values()][0]!.since).toEqual(waiting.since);
    await deliver(measurePayload(measureId)); // a redelivery of a sent measure calls nobody
    expect(await row(measureId)).toMatchObject({ state: 'sent', attempts: 3 });
    const stats = await sim.control('stats');
    expect(stats.keys[`measure:${measureId}`]).toMatchObject({ accepted: 1, received: 1, refused: 6 }); // 2 deliveries × 3 in-request attempts
  });

  it('a measure the receiver had already recorded (the answer was lost) is sent, marked as received before', async () => {
    const measureId = randomUUID();
    await sim.control('mode', { latencyMs: 1500 }); // longer than the 1 s timeout: every attempt arrives, no answer does
    await expect(deliver(measurePayload(measureId))).rejects.toThrow('timeout');
    await new Promise((r) => setTimeout(r, 2500)); // the last attempt reaches the receiver's records (1.5 s after it arrived)
    await sim.control('mode', { latencyMs: 0 });
    await deliver(measurePayload(measureId));
    expect(await row(measureId)).toMatchObject({ state: 'sent', attempts: 2, dup: true });
    const stats = await sim.control('stats');
    expect(stats.keys[`measure:${measureId}`].accepted).toBe(1);
    expect(stats.totals.acceptedTwice).toBe(0);
  });

  it('a refusal of the content fails the measure and dead-letters at once (NonRetryableEventError)', async () => {
    const measureId = randomUUID();
    const error = await deliver(measurePayload(measureId, { benefitId: '' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NonRetryableEventError);
    expect(await row(measureId)).toMatchObject({ state: 'failed', attempts: 1, lastError: 'http:422' });
  });

  it('lists the queue to managers, oldest first, paged; operators are refused', async () => {
    await sim.control('mode', { outage: true });
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) await deliver(measurePayload(id)).catch(() => undefined);
    const page = await request(t.app.getHttpServer()).get('/api/operator/national-systems/sends').query({ state: 'waiting', limit: 2, offset: 0 }).set('Cookie', paolo.cookie);
    expect(page.status).toBe(200);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items[0]).toMatchObject({ state: 'waiting', attempts: expect.any(Number), since: expect.any(String), lastError: expect.stringMatching(/^network:/) });
    expect(page.body.items[0].since <= page.body.items[1].since).toBe(true);
    const all = await request(t.app.getHttpServer()).get('/api/operator/national-systems/sends').query({ limit: 100 }).set('Cookie', paolo.cookie);
    expect(all.body.items.map((i: { measureId: string }) => i.measureId)).toEqual(expect.arrayContaining(ids));
    const failed = await request(t.app.getHttpServer()).get('/api/operator/national-systems/sends').query({ state: 'failed' }).set('Cookie', paolo.cookie);
    expect(failed.status).toBe(200);
    expect(failed.body.items.every((i: { state: string }) => i.state === 'failed')).toBe(true);

    const operator = await request(t.app.getHttpServer()).get('/api/operator/national-systems/sends').set('Cookie', luca.cookie);
    expect(operator.status).toBe(403);
    const anonymous = await request(t.app.getHttpServer()).get('/api/operator/national-systems/sends');
    expect(anonymous.status).toBe(401);
    const bad = await request(t.app.getHttpServer()).get('/api/operator/national-systems/sends').query({ state: 'lost' }).set('Cookie', paolo.cookie);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });
});
