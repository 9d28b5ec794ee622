import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { EventConsumers, NonRetryableEventError, type DeliveredEvent } from './event-consumers';
import { EventOutbox } from './event-outbox';
import { EventRelay } from './event-relay';

const LUCA = 'VRDLCU78C15L219W'; // operator
const PAOLO = 'CLMPLA70E20C627O'; // CPI manager

/**
 * Every event type has a consumer in the app: `condizionalita.convocation-evidence` also takes these (each with a fresh
 * convocation id, so it records them and is done); the assertions look at the two test consumers.
 */
const payload = () => ({ convocationId: randomUUID(), citizenFiscalCode: 'RSSMRA85T10L219G', ip: null, userAgent: null });

describe('domain events: outbox, relay, idempotent consumers, dead letters', () => {
  let t: TestApp;
  let relay: EventRelay;
  let paolo: DirectSession;
  let luca: DirectSession;
  const seen: { consumer: string; aggregateId: string; id: string }[] = [];
  let failUntil = new Map<string, number>(); // aggregate id → failures left
  let fatal = new Set<string>();

  const publish = (aggregateId: string) =>
    t.db.transaction((m) => t.app.get(EventOutbox).publish(m, { type: 'convocation.acknowledged', aggregateType: 'convocation', aggregateId, payload: payload() }));

  beforeAll(async () => {
    // the background relay stays off: the test drives deliveries with drain()
    t = await startTestApp({ EVENTS_POLL_MS: '60000', EVENTS_RETRY_BASE_MS: '10' });
    relay = t.app.get(EventRelay);
    const consumers = t.app.get(EventConsumers);
    const handler = (name: string) => async (e: DeliveredEvent, m: EntityManager) => {
      await m.query('SELECT 1'); // work in the delivery's transaction
      if (fatal.has(e.aggregateId)) throw new NonRetryableEventError('refused for good');
      const left = failUntil.get(e.aggregateId) ?? 0;
      if (left > 0) {
        failUntil.set(e.aggregateId, left - 1);
        throw new Error(`temporary failure (${left} left)`);
      }
      seen.push({ consumer: name, aggregateId: e.aggregateId, id: e.id });
    };
    consumers.register({ name: 'test.first', types: ['convocation.acknowledged'], maxAttempts: 3, handle: handler('test.first') });
    consumers.register({ name: 'test.second', types: ['convocation.acknowledged'], maxAttempts: 3, handle: handler('test.second') });
    paolo = await directSession(t.app, PAOLO);
    luca = await directSession(t.app, LUCA);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    seen.length = 0;
    failUntil = new Map();
    fatal = new Set();
    await relay.drain({ ignoreBackoff: true });
    seen.length = 0;
  });

  it('delivers an event once to each consumer, and a second drain delivers nothing', async () => {
    await publish('agg-once');
    expect(await relay.drain()).toBe(3); // the two test consumers and condizionalita.convocation-evidence
    expect(seen.map((s) => s.consumer).sort()).toEqual(['test.first', 'test.second']);
    expect(await relay.drain()).toBe(0);
    const rows = await t.db.query(
      `SELECT consumer, status, attempts FROM events.deliveries d JOIN events.outbox o ON o.id = d.event_id WHERE o.aggregate_id = 'agg-once' AND d.consumer LIKE 'test.%' ORDER BY consumer`,
    );
    expect(rows).toEqual([
      { consumer: 'test.first', status: 'done', attempts: 1 },
      { consumer: 'test.second', status: 'done', attempts: 1 },
    ]);
  });

  it('publishes nothing when the producer rolls back', async () => {
    await expect(
      t.db.transaction(async (m) => {
        await t.app.get(EventOutbox).publish(m, { type: 'convocation.acknowledged', aggregateType: 'convocation', aggregateId: 'agg-rolled-back', payload: payload() });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await t.db.query(`SELECT id FROM events.outbox WHERE aggregate_id = 'agg-rolled-back'`)).toEqual([]);
  });

  it('many relays at once still deliver each event once per consumer', async () => {
    for (let i = 0; i < 20; i++) await publish(`agg-par-${i}`);
    await Promise.all([relay.drain(), relay.drain(), relay.drain()]);
    const mine = seen.filter((s) => s.aggregateId.startsWith('agg-par-'));
    expect(mine).toHaveLength(40);
    expect(new Set(mine.map((s) => `${s.consumer}:${s.id}`)).size).toBe(40);
  });

  it('retries a failing consumer with backoff, keeps the order per aggregate, and does not hold up other aggregates', async () => {
    await publish('agg-order'); // first event of the aggregate: fails once for each consumer
    await publish('agg-order'); // second: must wait for the first
    await publish('agg-other');
    failUntil.set('agg-order', 2);
    await relay.drain();
    expect(seen.filter((s) => s.aggregateId === 'agg-order')).toEqual([]); // first failed, second waits behind it
    expect(seen.filter((s) => s.aggregateId === 'agg-other')).toHaveLength(2);
    const [failing] = await t.db.query(
      `SELECT d.attempts, d.last_error AS "lastError", d.next_attempt_at > now() AS later, d.first_failed_at IS NOT NULL AS failed
         FROM events.deliveries d JOIN events.outbox o ON o.id = d.event_id WHERE o.aggregate_id = 'agg-order' AND d.consumer = 'test.first' ORDER BY d.event_id LIMIT 1`,
    );
    expect(failing).toMatchObject({ attempts: 1, failed: true });
    expect(failing.lastError).toContain('temporary failure');
    await new Promise((r) => setTimeout(r, 100)); // past the (10 ms base) backoff
    await relay.drain();
    const order = seen.filter((s) => s.aggregateId === 'agg-order' && s.consumer === 'test.first').map((s) => Number(s.id));
    expect(order).toHaveLength(2);
    expect(order[0]).toBeLessThan(order[1]!);
  });

  it('dead-letters after too many failures (or at once when retrying cannot help); a manager sees and retries it', async () => {
    await publish('agg-dead');
    await publish('agg-fatal');
    failUntil.set('agg-dead', 6); // 3 attempts per consumer, both fail every time
    fatal.add('agg-fatal');
    for (let i = 0; i < 3; i++) await relay.drain({ ignoreBackoff: true });
    const states = await t.db.query(
      `SELECT o.aggregate_id AS agg, d.consumer, d.status, d.attempts FROM events.deliveries d JOIN events.outbox o ON o.id = d.event_id
        WHERE o.aggregate_id IN ('agg-dead', 'agg-fatal') AND d.consumer LIKE 'test.%' ORDER BY 1, 2`,
    );
    expect(states).toEqual([
      { agg: 'agg-dead', consumer: 'test.first', status: 'dead', attempts: 3 },
      { agg: 'agg-dead', consumer: 'test.second', status: 'dead', attempts: 3 },
      { agg: 'agg-fatal', consumer: 'test.first', status: 'dead', attempts: 1 },
      { agg: 'agg-fatal', consumer: 'test.second', status: 'dead', attempts: 1 },
    ]);

    const refused = await request(t.app.getHttpServer()).get('/api/operator/events/dead-letters').set('Cookie', luca.cookie);
    expect(refused.status).toBe(403);
    const list = await request(t.app.getHttpServer()).get('/api/operator/events/dead-letters?limit=100').set('Cookie', paolo.cookie);
    expect(list.status).toBe(200);
    const dead = list.body.items.filter((d: { aggregateId: string }) => d.aggregateId === 'agg-dead');
    expect(dead).toHaveLength(2);
    expect(dead[0]).toMatchObject({ type: 'convocation.acknowledged', attempts: 3 });
    expect(dead[0].lastError).toContain('temporary failure');
    expect(dead[0]).not.toHaveProperty('payload');

    const queues = await request(t.app.getHttpServer()).get('/api/operator/events/consumers').set('Cookie', paolo.cookie);
    expect(queues.body.items.find((c: { consumer: string }) => c.consumer === 'test.first')).toMatchObject({ types: ['convocation.acknowledged'], dead: 2 });

    // the cause is fixed; the manager retries one dead letter: it is delivered
    failUntil.delete('agg-dead');
    const target = dead.find((d: { consumer: string }) => d.consumer === 'test.first');
    const retry = await request(t.app.getHttpServer()).post(`/api/operator/events/dead-letters/${target.id}/retry`).set('Cookie', paolo.cookie).set('X-CSRF-Token', paolo.csrf);
    expect(retry.status).toBe(204);
    expect(await relay.drain()).toBe(1);
    expect(seen).toEqual([{ consumer: 'test.first', aggregateId: 'agg-dead', id: target.eventId }]);
    const audited = await t.db.query(`SELECT actor_fiscal_code FROM audit.audit_events WHERE action = 'events.dead-letter.retry' AND resource_id = $1`, [target.id]);
    expect(audited).toEqual([{ actor_fiscal_code: PAOLO }]);

    const again = await request(t.app.getHttpServer()).post(`/api/operator/events/dead-letters/${target.id}/retry`).set('Cookie', paolo.cookie).set('X-CSRF-Token', paolo.csrf);
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ code: 'EVENT_DELIVERY_NOT_FOUND', errors: [{ pointer: '/deliveryId' }] });
    const bad = await request(t.app.getHttpServer()).post('/api/operator/events/dead-letters/abc/retry').set('Cookie', paolo.cookie).set('X-CSRF-Token', paolo.csrf);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/deliveryId');
  });
});
