import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { directSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { RateLimiter } from './rate-limiter';

const MARIO = 'RSSMRA85T10L219G'; // citizen, CPI Torino

/** Budgets are one-minute windows: a test that counts to a limit starts early enough in a window to end in it. */
async function freshWindow(): Promise<void> {
  const into = Date.now() % 60_000;
  if (into > 45_000) await new Promise((r) => setTimeout(r, 60_000 - into + 50));
}

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
      const d = new RateLimiter(
        {
          query: (_sql: string, params: unknown[]) => {
            calls.push(params[0] as unknown[]);
            return Promise.resolve([]);
          },
        } as never,
        t.env,
      );
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

describe('rate limits: per address always, per session only once verified, stricter on login, OTP and links', () => {
  let t: TestApp;
  const http = () => t.app.getHttpServer();
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '20', RATE_LIMIT_PER_MINUTE: '4', RATE_LIMIT_SENSITIVE_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());
  const counterKeys = async (): Promise<string[]> => {
    await t.app.get(RateLimiter).flush();
    return ((await t.db.query(`SELECT key FROM platform.rate_limit_counters ORDER BY key`)) as { key: string }[]).map((r) => r.key);
  };

  it('gives a verified session its own budget, counted from the session, not from the cookie', async () => {
    await freshWindow();
    const mario = await directSession(t.app, MARIO);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(http()).get('/api/auth/session').set('Cookie', mario.cookie)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const over = await request(http()).get('/api/auth/session').set('Cookie', mario.cookie);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.body.code).toBe('RATE_LIMITED');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(over.headers['x-ratelimit-limit']).toBe('4');
    // the address still has budget: the same client without the session is served
    expect((await request(http()).get('/api/auth/session')).status).toBe(200);
    const [session] = (await t.db.query(`SELECT id FROM identity.sessions WHERE fiscal_code = $1 ORDER BY created_at DESC LIMIT 1`, [MARIO])) as { id: string }[];
    expect(await counterKeys()).toContain(`s:${session!.id}`);
  });

  it('has a stricter budget for login and for public links, each its own', async () => {
    await freshWindow();
    const login: number[] = [];
    for (let i = 0; i < 4; i++) login.push((await request(http()).get('/api/auth/spid/login').query({ idp: 'nope', app: 'citizen' })).status);
    expect(login.slice(0, 3)).not.toContain(429);
    expect(login[3]).toBe(429);
    const acs = await request(http()).post('/api/auth/spid/acs').type('form').send({ SAMLResponse: 'x' });
    expect(acs.status).toBe(429);
    const link: number[] = [];
    for (let i = 0; i < 4; i++) link.push((await request(http()).get(`/api/public/invitations/k0.${'A'.repeat(43)}`)).status);
    expect(link).toEqual([404, 404, 404, 429]);
    expect((await request(http()).get('/api/auth/idps')).status).toBe(200); // other routes are not affected
  });

  it('while an address is at 429, made-up cookies are 429 too and add no counter rows', async () => {
    await freshWindow();
    let last = 0;
    for (let i = 0; i < 25 && last !== 429; i++) last = (await request(http()).get('/api/auth/idps')).status;
    expect(last).toBe(429);
    const before = await counterKeys();
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        request(http())
          .get('/api/auth/idps')
          .set('Cookie', `opencpi_sid=${randomBytes(32).toString('base64url')}`),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(429));
    expect(answers[0]!.headers['content-type']).toContain('application/problem+json');
    expect(Number(answers[0]!.headers['retry-after'])).toBeGreaterThan(0);
    expect(await counterKeys()).toEqual(before);
    expect(before.filter((k) => !/^(ip|s|login|otp|link):/.test(k))).toEqual([]);
  });
});
