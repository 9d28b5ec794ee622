import { startTestApp, type TestApp } from '../../../test/test-app';
import { RateLimiter } from './rate-limit.middleware';

describe('rate limiter: exact in one process, shared across replicas through PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '10' });
  });
  afterAll(() => t.close());

  it("counts another replica's hits once both have flushed, and keeps counting when the database was away", async () => {
    if (Date.now() % 60_000 > 55_000) await new Promise((r) => setTimeout(r, 6_000)); // the test stays inside one one-minute window
    const a = new RateLimiter(t.db, t.env);
    const b = new RateLimiter(t.db, t.env); // a second API replica on the same database
    try {
      const key = `s:test-${Date.now()}`;
      const now = Date.now();
      for (let i = 0; i < 6; i++) a.hit(key, now);
      expect(b.hit(key, now).hits).toBe(1); // b has not heard of a's hits yet
      await a.flush();
      await b.flush();
      // b now knows the window holds 7 hits: 3 more reach the limit of 10, the 4th is over
      expect([b.hit(key, now).hits, b.hit(key, now).hits, b.hit(key, now).hits]).toEqual([8, 9, 10]);
      expect(b.hit(key, now).hits).toBe(11);
      await b.flush();
      await a.flush();
      expect(a.hit(key, now).hits).toBe(12); // and a hears of b's
      const [row] = await t.db.query(`SELECT hits FROM platform.rate_limit_counters WHERE key = $1`, [key]);
      expect(row.hits).toBe(11); // a's 12th hit is not flushed yet

      // the database refuses (here: a dropped connection pool) → the hits are kept and written on the next flush
      const c = new RateLimiter({ query: () => Promise.reject(new Error('down')) } as never, t.env);
      c.hit(key, now);
      await c.flush();
      c.onApplicationShutdown();
      expect((c as unknown as { counters: Map<string, { unflushed: number }> }).counters.get(key)?.unflushed).toBe(1);

      // an idle key far from the limit is not written again every second; one near it is read back for the others' hits
      const calls: unknown[][] = [];
      const d = new RateLimiter({ query: (_sql: string, params: unknown[]) => { calls.push(params[0] as unknown[]); return Promise.resolve([]); } } as never, t.env);
      d.hit('s:idle');
      for (let i = 0; i < 5; i++) d.hit('s:busy');
      await d.flush();
      await d.flush();
      d.onApplicationShutdown();
      expect(calls).toEqual([['s:idle', 's:busy'], ['s:busy']]);
    } finally {
      a.onApplicationShutdown();
      b.onApplicationShutdown();
    }
  });
});
