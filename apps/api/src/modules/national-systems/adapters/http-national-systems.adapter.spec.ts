import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NationalSystemsError, type MeasureMessage } from '../national-systems.port';
import { HttpNationalSystemsAdapter } from './http-national-systems.adapter';
import { backoffDelayMs, isRetryableStatus, retryAfterMs, type RetryPolicy } from './retry-policy';

const policy: RetryPolicy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000 };

describe('backoff with full jitter', () => {
  it('stays in [0, min(cap, base·2^(n-1))) for every retry', () => {
    for (let retry = 1; retry <= 12; retry++) {
      const ceiling = Math.min(1000, 100 * 2 ** (retry - 1));
      expect(backoffDelayMs(retry, policy, () => 0)).toBe(0);
      expect(backoffDelayMs(retry, policy, () => 0.999999)).toBe(ceiling - 1);
      for (let i = 0; i < 200; i++) {
        const d = backoffDelayMs(retry, policy);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(ceiling);
      }
    }
  });

  it('is capped: retry 40 never waits more than maxDelayMs', () => {
    expect(backoffDelayMs(40, policy, () => 0.5)).toBe(500);
  });

  it('spreads delays (jitter): 1,000 draws of the 4th retry take many values', () => {
    const values = new Set(Array.from({ length: 1000 }, () => backoffDelayMs(4, policy)));
    expect(values.size).toBeGreaterThan(300);
  });
});

describe('error classification', () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [422, false],
  ])('HTTP %i retryable: %s', (status, retryable) => expect(isRetryableStatus(status)).toBe(retryable));
  it('reads Retry-After in seconds and as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('HttpNationalSystemsAdapter against a local server', () => {
  let server: http.Server;
  let url: string;
  let script: ((req: http.IncomingMessage, res: http.ServerResponse) => void)[];
  const seen: { method?: string; url?: string; key?: string; body: string }[] = [];
  const delays: number[] = [];
  const adapter = (timeoutMs = 2000) =>
    new HttpNationalSystemsAdapter(url, {
      timeoutMs,
      retry: policy,
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.5,
    });
  const message: MeasureMessage = {
    idempotencyKey: 'measure:6a0f2f5e-2d7b-4b1f-9a43-0d6f0c7b9a11',
    measureId: '6a0f2f5e-2d7b-4b1f-9a43-0d6f0c7b9a11',
    citizenFiscalCode: 'RSSMRA85T10L219G',
    benefitId: 'INPS-NASPI-1',
    benefit: 'NASPI',
    sanction: 'cut_quarter_month',
    ruleCode: 'NASPI_CONVOCATION_ABSENCE',
    ruleVersion: '1',
    legalSource: 'art. 21 c.7 D.Lgs. 150/2015',
    decidedOn: '2026-12-01',
    reversalOf: null,
  };
  const json =
    (status: number, body: object, headers: Record<string, string> = {}) =>
    (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, key: req.headers['idempotency-key'] as string | undefined, body });
        (script.shift() ?? json(500, {}))(req, res);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  beforeEach(() => {
    seen.length = 0;
    delays.length = 0;
  });

  it('retries 503 and 429 with the same Idempotency-Key, then returns the receipt', async () => {
    script = [json(503, {}), json(429, {}, { 'retry-after': '0' }), json(201, { receiptId: 'R-1', duplicate: false })];
    await expect(adapter().sendMeasure(message)).resolves.toEqual({ receiptId: 'R-1', duplicate: false });
    expect(seen.map((s) => s.key)).toEqual([message.idempotencyKey, message.idempotencyKey, message.idempotencyKey]);
    expect(seen.every((s) => s.method === 'POST' && s.url === '/inps/measures')).toBe(true);
    expect(JSON.parse(seen[0]!.body)).toEqual(message);
    expect(delays).toEqual([50, 100]); // random 0.5 of ceilings 100 and 200
  });

  it('honours a Retry-After longer than the jittered delay, up to the cap', async () => {
    script = [json(503, {}, { 'retry-after': '30' }), json(200, { receiptId: 'R-2', duplicate: true })];
    await expect(adapter().sendMeasure(message)).resolves.toEqual({ receiptId: 'R-2', duplicate: true });
    expect(delays).toEqual([1000]);
  });

  it('gives up after the attempts with a retryable error', async () => {
    script = [json(500, {}), json(502, {}), json(504, {})];
    const error = await adapter()
      .sendMeasure(message)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NationalSystemsError);
    expect(error).toMatchObject({ retryable: true, status: 504, message: 'http:504' });
    expect(seen).toHaveLength(3);
  });

  it('does not retry a refusal of the content (422): non-retryable at once', async () => {
    script = [json(422, { title: 'missing fields' })];
    await expect(adapter().sendMeasure(message)).rejects.toMatchObject({ retryable: false, status: 422, message: 'http:422' });
    expect(seen).toHaveLength(1);
  });

  it('times out a slow answer (retryable) and tries again', async () => {
    script = [
      () => {
        /* never answers */
      },
      json(200, { receiptId: 'R-3', duplicate: true }),
    ];
    await expect(adapter(400).sendMeasure(message)).resolves.toEqual({ receiptId: 'R-3', duplicate: true });
    expect(seen).toHaveLength(2);
  });

  it('classifies a connection reset as a retryable network error', async () => {
    script = [(req) => req.socket.destroy(), (req) => req.socket.destroy(), (req) => req.socket.destroy()];
    await expect(adapter().sendMeasure(message)).rejects.toMatchObject({ retryable: true, message: expect.stringMatching(/^network:/) });
  });

  it('classifies a refused connection as retryable (network:ECONNREFUSED)', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = http.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const a = new HttpNationalSystemsAdapter(`http://127.0.0.1:${closed}`, { timeoutMs: 1000, retry: policy, sleep: async () => undefined });
    await expect(a.readBenefits('RSSMRA85T10L219G')).rejects.toMatchObject({ retryable: true, message: 'network:ECONNREFUSED' });
  });

  it('fails fast once the circuit is open, and a refusal of the content counts as an answer', async () => {
    const a = new HttpNationalSystemsAdapter(url, {
      timeoutMs: 1000,
      retry: { ...policy, attempts: 1 },
      circuit: { failures: 2, cooldownMs: 60_000 },
      sleep: async () => undefined,
    });
    script = [json(422, {}), json(503, {}), json(422, {}), json(503, {}), json(503, {})];
    await expect(a.sendMeasure(message)).rejects.toMatchObject({ message: 'http:422' });
    await expect(a.sendMeasure(message)).rejects.toMatchObject({ message: 'http:503' });
    await expect(a.sendMeasure(message)).rejects.toMatchObject({ message: 'http:422' }); // resets the count
    await expect(a.sendMeasure(message)).rejects.toMatchObject({ message: 'http:503' });
    await expect(a.sendMeasure(message)).rejects.toMatchObject({ message: 'http:503' });
    seen.length = 0;
    await expect(a.readBenefits('RSSMRA85T10L219G')).rejects.toMatchObject({ message: 'circuit-open', retryable: true });
    expect(seen).toHaveLength(0); // nothing went out
  });

  it('reads benefits and refuses a malformed answer', async () => {
    const benefit = { id: 'B1', type: 'NASPI', startDate: '2026-01-01', endDate: null, status: 'active', monthlyAmount: '1000.00', source: 'INPS' };
    script = [json(200, { items: [benefit] })];
    await expect(adapter().readBenefits('RSSMRA85T10L219G')).resolves.toEqual([benefit]);
    expect(seen[0]!.url).toBe('/inps/benefits?fiscalCode=RSSMRA85T10L219G');
    script = [json(200, { items: [{ ...benefit, type: 'OTHER' }] }), json(200, { nope: 1 }), json(200, { items: 'x' })];
    await expect(adapter().readBenefits('RSSMRA85T10L219G')).rejects.toMatchObject({ message: 'invalid-answer' });
  });
});
