#!/usr/bin/env node
// Development simulator of the national systems (INPS, and SIISL run by INPS) that OpenCPI talks to: a separate
// process, plain node:http, no dependencies. It speaks what the API's HTTP adapter speaks
// (apps/api/src/modules/national-systems/adapters/http-national-systems.adapter.ts):
//   GET  /inps/benefits?fiscalCode=…          → { items: Benefit[] } from data/benefits.json (demo data)
//   POST /inps/measures, /siisl/participation → each Idempotency-Key is recorded ONCE: 201 { receiptId, duplicate: false },
//                                               a key seen before answers 200 with the same receipt and duplicate: true
// and lets tests and drills break it:
//   GET  /_control/stats   per key: received, accepted, duplicates, refused (outage / injected errors), receipt;
//                          totals, requests in flight (?summary=1: without the keys)
//   POST /_control/mode    { latencyMs, errorRate (0..1 → 503), outage (every non-control request's socket is destroyed) }
//   POST /_control/reset   forgets keys and counters, back to normal mode
// Port: NATIONAL_SYSTEMS_SIM_PORT (default 4400; 0 = any free port). Prints one line when listening:
//   national-systems-sim listening on http://127.0.0.1:<port>
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENEFITS = JSON.parse(readFileSync(process.env.NATIONAL_SYSTEMS_SIM_DATA ?? path.join(here, 'data/benefits.json'), 'utf8'));
const FISCAL_CODE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const MAX_BODY = 64 * 1024;
const SEND_ROUTES = { '/inps/measures': 'measure', '/siisl/participation': 'participation' };
const REQUIRED = {
  measure: ['measureId', 'citizenFiscalCode', 'benefitId', 'benefit', 'sanction', 'ruleCode', 'decidedOn'],
  participation: ['citizenFiscalCode', 'kind', 'occurredOn'],
};

const normalMode = () => ({ latencyMs: 0, errorRate: 0, outage: false });
let mode = normalMode();
/** idempotency key → what happened to it */
let keys = new Map();
/** measureId → accepted keys (a measure accepted under two keys would be a duplicate communication) */
let measures = new Map();
let totals = { requests: 0, accepted: 0, duplicates: 0, refusedOutage: 0, refusedErrors: 0, invalid: 0 };
/** requests being processed (read, not yet answered) */
let inFlight = 0;

const keyStats = (key, kind) => {
  let s = keys.get(key);
  if (!s) {
    s = { kind, received: 0, accepted: 0, duplicates: 0, refused: 0, receiptId: null, firstAcceptedAt: null };
    keys.set(key, s);
  }
  return s;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const send = (res, status, body) => {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};
const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    req.on('close', () => reject(new Error('closed before the end of the body')));
  });
const parseJson = (text) => {
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
};

function stats(summary) {
  const perKey = summary ? undefined : Object.fromEntries(keys);
  const acceptedTwice = [...keys.values()].filter((s) => s.accepted > 1).length;
  const measuresAcceptedTwice = [...measures.values()].filter((k) => k.size > 1).length;
  const receivedMoreThanOnce = [...keys.values()].filter((s) => s.received > 1).length;
  const attempts = [...keys.values()].reduce((n, s) => n + s.received + s.refused, 0);
  return { mode, inFlight, totals: { ...totals, keys: keys.size, attempts, acceptedTwice, measuresAcceptedTwice, receivedMoreThanOnce }, ...(perKey ? { keys: perKey } : {}) };
}

async function control(req, res, url) {
  if (req.method === 'GET' && url.pathname === '/_control/stats') return send(res, 200, stats(url.searchParams.get('summary') === '1'));
  if (req.method === 'POST' && url.pathname === '/_control/reset') {
    mode = normalMode();
    keys = new Map();
    measures = new Map();
    totals = { requests: 0, accepted: 0, duplicates: 0, refusedOutage: 0, refusedErrors: 0, invalid: 0 };
    return send(res, 200, { mode });
  }
  if (req.method === 'POST' && url.pathname === '/_control/mode') {
    const body = parseJson(await readBody(req));
    if (!body) return send(res, 400, { title: 'a JSON object is required' });
    const next = { ...mode };
    if (body.latencyMs !== undefined) {
      if (!Number.isInteger(body.latencyMs) || body.latencyMs < 0 || body.latencyMs > 120_000) return send(res, 400, { title: 'latencyMs: 0..120000' });
      next.latencyMs = body.latencyMs;
    }
    if (body.errorRate !== undefined) {
      if (typeof body.errorRate !== 'number' || body.errorRate < 0 || body.errorRate > 1) return send(res, 400, { title: 'errorRate: 0..1' });
      next.errorRate = body.errorRate;
    }
    if (body.outage !== undefined) {
      if (typeof body.outage !== 'boolean') return send(res, 400, { title: 'outage: boolean' });
      next.outage = body.outage;
    }
    mode = next;
    process.stdout.write(`national-systems-sim mode ${JSON.stringify(mode)}\n`);
    return send(res, 200, { mode });
  }
  return send(res, 404, { title: 'no such control endpoint' });
}

async function service(req, res, url) {
  totals.requests++;
  const kind = SEND_ROUTES[url.pathname];
  const key = req.headers['idempotency-key'];
  if (mode.outage) {
    // down: the connection dies under the client (ECONNRESET / "other side closed"), as with a crashed front end
    totals.refusedOutage++;
    if (kind && typeof key === 'string' && key) keyStats(key, kind).refused++;
    req.socket.destroy();
    return;
  }
  // the body is read first: with latency, the receiver is slow to process and answer (a client that gives up
  // meanwhile has still delivered its message, which is then recorded: the next attempt finds it)
  let text = '';
  try {
    text = await readBody(req);
  } catch {
    totals.invalid++;
    return send(res, 413, { title: 'body too large', status: 413 });
  }
  if (mode.latencyMs > 0) await sleep(mode.latencyMs);
  if (mode.errorRate > 0 && Math.random() < mode.errorRate) {
    totals.refusedErrors++;
    if (kind && typeof key === 'string' && key) keyStats(key, kind).refused++;
    res.setHeader('retry-after', '1');
    return send(res, 503, { title: 'Service temporarily unavailable (simulated)', status: 503 });
  }
  if (req.method === 'GET' && url.pathname === '/inps/benefits') {
    const fiscalCode = url.searchParams.get('fiscalCode') ?? '';
    if (!FISCAL_CODE.test(fiscalCode)) {
      totals.invalid++;
      return send(res, 400, { title: 'fiscalCode is not a codice fiscale', status: 400 });
    }
    return send(res, 200, { items: BENEFITS[fiscalCode] ?? [] });
  }
  if (req.method === 'POST' && kind) {
    if (typeof key !== 'string' || key.length < 1 || key.length > 200) {
      totals.invalid++;
      return send(res, 400, { title: 'Idempotency-Key header is required', status: 400 });
    }
    const s = keyStats(key, kind);
    s.received++;
    if (s.receiptId) {
      s.duplicates++;
      totals.duplicates++;
      return send(res, 200, { receiptId: s.receiptId, duplicate: true });
    }
    const body = parseJson(text);
    const missing = body ? REQUIRED[kind].filter((f) => typeof body[f] !== 'string' || body[f] === '') : ['body'];
    if (missing.length > 0) {
      totals.invalid++;
      return send(res, 422, { title: `missing fields: ${missing.join(', ')}`, status: 422 });
    }
    s.accepted++;
    totals.accepted++;
    s.receiptId = `${kind === 'measure' ? 'INPS' : 'SIISL'}-${randomUUID()}`;
    s.firstAcceptedAt = new Date().toISOString();
    if (kind === 'measure') {
      const set = measures.get(body.measureId) ?? new Set();
      set.add(key);
      measures.set(body.measureId, set);
    }
    return send(res, 201, { receiptId: s.receiptId, duplicate: false });
  }
  return send(res, 404, { title: 'no such resource', status: 404 });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://sim');
  const handler = url.pathname.startsWith('/_control/') ? control : service;
  const counted = handler === service;
  if (counted) inFlight++;
  handler(req, res, url)
    .catch((e) => send(res, 500, { title: String(e?.message ?? e) }))
    .finally(() => {
      if (counted) inFlight--;
    });
});
server.keepAliveTimeout = 5000;

const port = Number(process.env.NATIONAL_SYSTEMS_SIM_PORT ?? 4400);
server.listen(port, process.env.NATIONAL_SYSTEMS_SIM_HOST ?? '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`national-systems-sim listening on http://127.0.0.1:${address.port}\n`);
});
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
// started by a test run or a drill (spawn helpers set this): leave with the parent, even when it was SIGKILLed
if (process.env.NATIONAL_SYSTEMS_SIM_EXIT_WITH_PARENT === '1') {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 1000).unref();
}
