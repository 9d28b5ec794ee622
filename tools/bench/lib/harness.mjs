// Shared parts of the benchmarks and the crash drill: a scratch database, the built API as a child process,
// sessions written straight into the database, a light HTTP client, closed- and open-loop load, CPU accounting.
import { spawn, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { canConnect, repoRoot, startEmbeddedPostgres } from '../../lib/embedded-db.mjs';
import { developmentEnv } from '../../lib/platform.mjs';

export { repoRoot };
export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
export const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A fresh database `name` on DATABASE_ADMIN_URL, else the machine's PostgreSQL on 5432, else an embedded one
 * (port `embeddedPort`). `drop()` drops it (call it after every pool on it is closed) and stops an embedded server.
 */
export async function scratchDatabase(name, { embeddedPort = 54359 } = {}) {
  let embedded;
  let adminUrl = process.env.DATABASE_ADMIN_URL;
  if (!adminUrl) {
    if (await canConnect('127.0.0.1', 5432)) adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
    else {
      embedded = await startEmbeddedPostgres({ name: `pg-${name}`, port: embeddedPort, database: 'postgres', persistent: false });
      adminUrl = embedded.adminUrl;
    }
  }
  const admin = async (sql) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = (() => {
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  })();
  return {
    url,
    drop: async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      if (embedded) await embedded.stop();
    },
  };
}

/** Builds the API and migrates and seeds `dbUrl` with the demo data. */
export function buildMigrateSeed(dbUrl, { build = true } = {}) {
  if (build) execFileSync(process.execPath, [path.join(repoRoot, 'tools/build-api.mjs')], { stdio: 'ignore' });
  const cli = path.join(repoRoot, 'dist/api/apps/api/src/cli.js');
  execFileSync(process.execPath, [cli, 'migrate'], { env: { ...process.env, DATABASE_URL: dbUrl }, stdio: 'ignore' });
  execFileSync(process.execPath, [cli, 'seed'], { env: { ...process.env, DATABASE_URL: dbUrl }, stdio: 'ignore' });
}

/** A pool whose idle connections may be killed (DROP DATABASE … WITH FORCE, a crash drill) without crashing the script. */
export function pool(url, max) {
  const p = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 0 });
  p.on('error', () => {
    /* an idle connection was terminated: the pool replaces it */
  });
  return p;
}

let throwawayCredentials;
/** A throwaway SP key and certificate: production refuses the committed development ones. */
function spCredentials() {
  if (!throwawayCredentials) {
    const dir = mkdtempSync(path.join(tmpdir(), 'opencpi-bench-sp-'));
    const key = path.join(dir, 'sp-key.pem');
    const cert = path.join(dir, 'sp-cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=opencpi-bench'], { stdio: 'ignore' });
    throwawayCredentials = { SP_PRIVATE_KEY_PATH: key, SP_CERT_PATH: cert };
  }
  return throwawayCredentials;
}

/** Environment of the API as production runs it (no development IdP, mailbox or workers unless asked). */
export function apiEnv(dbUrl, port, extra = {}) {
  return developmentEnv({
    DATABASE_URL: dbUrl,
    PORT: String(port),
    PUBLIC_API_URL: `http://localhost:${port}`,
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '4000000',
    RATE_LIMIT_SENSITIVE_PER_MINUTE: '1000000',
    NODE_ENV: 'production',
    DEV_IDP: 'false',
    DEV_MAILBOX: 'false',
    JOBS_WORKERS: 'false',
    SPID_IDP_METADATA_PATH: path.join(repoRoot, 'tools/bench/empty-idps.xml'),
    SESSION_SECRET: randomBytes(24).toString('hex'),
    NATIONAL_SYSTEMS_URL: 'http://127.0.0.1:4400', // production requires it; the benches decide no measures (the drills pass their simulator's)
    ...spCredentials(),
    ...extra,
  });
}

/**
 * Starts the built API (dist) and waits until /api/status answers 200. BENCH_PROFILE=<dir>: the API samples its CPU
 * from start-up and writes a .cpuprofile into <dir> when it is stopped (lib/cpu-profile.cjs).
 */
export async function startApi(env, { args = [], stdio = ['ignore', 'ignore', 'inherit'] } = {}) {
  const profile = process.env.BENCH_PROFILE ? ['--require', path.join(repoRoot, 'tools/bench/lib/cpu-profile.cjs')] : [];
  const proc = spawn(process.execPath, [...profile, ...args, path.join(repoRoot, 'dist/api/apps/api/src/main.js')], { env: { ...process.env, ...env }, stdio });
  const exited = new Promise((r) => proc.once('exit', (code, signal) => r({ code, signal })));
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`the API exited with ${proc.exitCode} while starting`);
    try {
      if ((await fetch(`http://127.0.0.1:${env.PORT}/api/status`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 240) throw new Error('the API did not start within 60 s');
    await sleep(250);
  }
  return {
    proc,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (proc.exitCode === null && proc.signalCode === null) {
        if (profile.length) {
          proc.kill('SIGUSR2');
          await sleep(3000);
        }
        proc.kill(signal);
      }
      return exited;
    },
  };
}

/** A session row for `person` (as the SAML login writes it): returns the cookie and CSRF token to send. */
export async function insertSession(db, person, { roles = ['citizen'], app = 'citizen' } = {}) {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('hex');
  await db.query(
    `INSERT INTO identity.sessions (token_hash, fiscal_code, given_name, family_name, roles, spid_level, kind, app, idp_entity_id, csrf_token, last_seen_at, absolute_expires_at)
                  VALUES ($1,$2,$3,$4,$5,2,'spid',$6,'bench',$7, now() + interval '2 hours', now() + interval '4 hours')`,
    [createHash('sha256').update(token).digest('hex'), person.fiscal_code, person.given_name, person.family_name, roles, app, csrf],
  );
  return { cookie: `opencpi_sid=${token}`, csrf };
}

/** A light client (node:http, kept-alive connections), so that the load generator takes little of the CPU it shares. */
export function httpClient(port, maxSockets) {
  let agent = new http.Agent({ keepAlive: true, maxSockets });
  const call = (method, urlPath, headers, body) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: urlPath, method, agent, headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  /** The same, answering { status, body } (body parsed as JSON when it is). */
  const fetchJson = (method, urlPath, headers, body) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: urlPath, method, agent, headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              /* not JSON */
            }
            resolve({ status: res.statusCode, body: parsed });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  // reset() before a phase: the server closes connections idle for 5 s, and reusing one just as it closes is an ECONNRESET
  return {
    call,
    fetchJson,
    destroy: () => agent.destroy(),
    reset: () => {
      agent.destroy();
      agent = new http.Agent({ keepAlive: true, maxSockets });
    },
  };
}

/**
 * Closed loop: `clients` workers each send the next request when their previous one is answered, until `seconds`
 * pass or `items` run out. Latency is fixed by throughput here; use it for the maximum rate.
 */
export async function closedLoop({ clients, seconds, items, fire }) {
  const latencies = [];
  let ok = 0;
  let errors = 0;
  let next = 0;
  let firstError;
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, worker) => {
      while (Date.now() < deadline && next < items.length) {
        const item = items[next++];
        const t0 = performance.now();
        try {
          (await fire(worker, item)) ? ok++ : errors++;
        } catch (e) {
          errors++;
          firstError ??= String(e?.message ?? e).slice(0, 200);
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    ok,
    errors,
    firstError,
    elapsed,
    rate: ok / elapsed,
    exhausted: next >= items.length,
    count: latencies.length,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
  };
}

/**
 * Open loop: requests arrive at `rate` a second for `seconds`, each sent at its scheduled instant whether or not
 * earlier ones were answered (as users arrive). Latency counts from the scheduled instant, so a server (or client)
 * falling behind shows as latency instead of a lower offered rate (no coordinated omission). Beyond `maxInFlight`
 * outstanding requests an arrival is counted as dropped.
 */
export async function openLoop({ rate, seconds, fire, maxInFlight = 2000 }) {
  const total = Math.max(1, Math.round(rate * seconds));
  const latencies = [];
  const pending = [];
  let firstError;
  let ok = 0;
  let errors = 0;
  let dropped = 0;
  let inFlight = 0;
  let sent = 0;
  let maxLag = 0;
  const start = performance.now();
  const at = (i) => start + (i / rate) * 1000;
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && at(sent) <= now) {
        const scheduled = at(sent);
        const n = sent++;
        maxLag = Math.max(maxLag, now - scheduled);
        if (inFlight >= maxInFlight) {
          dropped++;
          continue;
        }
        inFlight++;
        pending.push(
          Promise.resolve()
            .then(() => fire(n))
            .then(
              (good) => {
                good ? ok++ : errors++;
              },
              (e) => {
                errors++;
                firstError ??= String(e?.message ?? e).slice(0, 200);
              },
            )
            .finally(() => {
              inFlight--;
              latencies.push(performance.now() - scheduled);
            }),
        );
      }
      if (sent >= total) return resolve();
      setTimeout(tick, Math.max(0, Math.min(10, at(sent) - performance.now())));
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    offered: rate,
    total,
    ok,
    errors,
    firstError,
    dropped,
    elapsed,
    achieved: ok / elapsed,
    maxLag,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
  };
}

// CPU time (ms) of a process, of all PostgreSQL server processes, and of the machine: where the cycles of a run go
const TICK_MS = 1000 / 100;
const procCpu = (pid, part = 'all') => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (part === 'sys' ? Number(f[12]) : part === 'user' ? Number(f[11]) : Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
};
// per server process, so that a connection closing during a run does not take its past CPU time with it
const pgCpu = () =>
  new Map(
    readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .flatMap((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres' ? [[pid, procCpu(pid)]] : [];
        } catch {
          return [];
        }
      }),
  );
const pgDelta = (a, b) => [...b].reduce((sum, [pid, t]) => sum + t - (a.get(pid) ?? 0), 0);
const machineBusy = () => {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return { busy: (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * TICK_MS, all: f.slice(0, 8).reduce((a, b) => a + b, 0) * TICK_MS };
};
const childPids = (pid) => [
  String(pid),
  ...readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((p) => {
      try {
        const st = readFileSync(`/proc/${p}/stat`, 'utf8');
        return st.slice(st.lastIndexOf(')') + 2).split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    }),
];

/** CPU accounting of the API process (and its children), PostgreSQL, this script and the machine between two calls. */
export function cpuMeter(apiPid) {
  const snap = () => {
    const pids = childPids(apiPid);
    return {
      api: pids.reduce((s, p) => s + procCpu(p), 0),
      apiSys: pids.reduce((s, p) => s + procCpu(p, 'sys'), 0),
      pg: pgCpu(),
      self: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      machine: machineBusy(),
    };
  };
  const a = snap();
  return (requests) => {
    const b = snap();
    const per = (x, y) => fmt(((y - x) / Math.max(1, requests)) * 1000);
    const machine = ((b.machine.busy - a.machine.busy) / Math.max(1, b.machine.all - a.machine.all)) * 100;
    return `CPU µs per request: API ${per(a.api, b.api)} (kernel ${per(a.apiSys, b.apiSys)}), PostgreSQL ${per(0, pgDelta(a.pg, b.pg))}, bench client ${per(a.self, b.self)}; machine ${fmt(machine)}% busy`;
  };
}
