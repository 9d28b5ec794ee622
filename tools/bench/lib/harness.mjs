// Shared parts of the benchmarks and the crash drill: a scratch database, the built API as a child process,
// sessions written straight into the database, a light HTTP client; closed- and open-loop load (load.mjs) and CPU
// accounting (cpu-meter.mjs) are re-exported from here.
import { spawn, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { canConnect, repoRoot, startEmbeddedPostgres } from '../../lib/embedded-db.mjs';
import { developmentEnv } from '../../lib/platform.mjs';
import { sleep } from './numbers.mjs';

export { repoRoot };
export { fmt, pct, sleep } from './numbers.mjs';
export { closedLoop, openLoop } from './load.mjs';
export { cpuMeter } from './cpu-meter.mjs';

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
