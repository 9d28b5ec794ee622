// Starts the whole platform: database (embedded unless DATABASE_URL), migrations, demo seed, API, both SPAs.
// Used by `npm start` (vite dev servers) and by the browser tests (built SPAs served by `vite preview`).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, startEmbeddedPostgres, canConnect } from './embedded-db.mjs';

const devFile = (f) => path.join(repoRoot, 'apps/api/config/dev', f);

/** Development defaults; a `.env` file at the repository root and the real environment override them. */
export function developmentEnv(extra = {}) {
  const fromFile = {};
  const envFile = path.join(repoRoot, '.env');
  if (existsSync(envFile)) {
    for (const line of readFileSync(envFile, 'utf8').split('\n')) {
      const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
      if (m) fromFile[m[1]] = m[2].replace(/^["']|["']$/g, '');
    }
  }
  return {
    NODE_ENV: 'development',
    SESSION_SECRET: 'development-only-secret-never-use-in-production',
    SP_PRIVATE_KEY_PATH: devFile('sp-key.pem'),
    SP_CERT_PATH: devFile('sp-cert.pem'),
    DEV_IDP: 'true',
    DEV_IDP_PRIVATE_KEY_PATH: devFile('dev-idp-key.pem'),
    DEV_IDP_CERT_PATH: devFile('dev-idp-cert.pem'),
    LOG_LEVEL: 'info',
    DEV_MAILBOX: 'true',
    ...fromFile,
    ...Object.fromEntries(
      Object.entries(process.env).filter(([k]) =>
        /^(NODE_ENV|PORT|DATABASE_URL|PUBLIC_API_URL|CITIZEN_WEB_URL|OPERATOR_WEB_URL|SESSION_|MASTER_KEYS|SP_|ORG_|SPID_|CIE_|DEV_IDP|DEV_MAILBOX|RATE_LIMIT|TRUST_PROXY|LOG_LEVEL|JOBS_|NOTIFICATION_|SMTP_|MAIL_|SMS_|IO_|VIDEO_|INVITATION_|RECEIPTS_|SEAL_)/.test(
          k,
        ),
      ),
    ),
    ...extra,
  };
}

function waitForHttp(url, timeoutMs, child) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = async () => {
      if (child && child.exitCode !== null) return reject(new Error(`${url}: process exited with ${child.exitCode}`));
      try {
        const res = await fetch(url);
        if (res.status < 500) return resolve();
      } catch {
        /* not yet */
      }
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${url}`));
      setTimeout(tick, 250);
    };
    tick();
  });
}

/**
 * @param {{ web?: 'dev' | 'preview' | 'none', log?: (s: string) => void, env?: Record<string,string>, quiet?: boolean }} opts
 * @returns {Promise<{ databaseUrl: string, stop: () => Promise<void> }>}
 */
export async function startPlatform(opts = {}) {
  const log = opts.log ?? ((s) => process.stdout.write(`[opencpi] ${s}\n`));
  const children = [];
  let embedded;
  const stop = async () => {
    for (const c of children.reverse()) {
      if (c.exitCode === null) {
        try {
          process.kill(-c.pid, 'SIGTERM');
        } catch {
          c.kill('SIGTERM');
        }
      }
    }
    await Promise.all(
      children.map((c) =>
        c.exitCode !== null
          ? null
          : new Promise((r) => {
              c.once('exit', r);
              setTimeout(r, 5000);
            }),
      ),
    );
    if (embedded) {
      await embedded.stop();
      log('embedded PostgreSQL stopped');
    }
  };
  try {
    const env = developmentEnv(opts.env);
    if (!env.DATABASE_URL) {
      log('no DATABASE_URL: starting the embedded PostgreSQL (data in .data/pg, port 54329)');
      embedded = await startEmbeddedPostgres({ name: 'pg', port: 54329, database: 'opencpi' });
      env.DATABASE_URL = embedded.url;
    }
    const port = Number(env.PORT ?? 3000);
    if (await canConnect('127.0.0.1', port)) throw new Error(`port ${port} is already in use: is another OpenCPI running?`);
    execFileSync(process.execPath, [path.join(repoRoot, 'tools/build-api.mjs')], { stdio: opts.quiet ? 'ignore' : 'inherit' });
    const cli = path.join(repoRoot, 'dist/api/apps/api/src/cli.js');
    const run = (args) => execFileSync(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' }).trim();
    log(run(['migrate']));
    log(run(['seed']));

    const spawnChild = (name, cmd, args, childEnv) => {
      const child = spawn(cmd, args, { cwd: repoRoot, env: { ...process.env, ...childEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      const prefix = (chunk) =>
        chunk
          .toString()
          .split('\n')
          .filter(Boolean)
          .map((l) => `[${name}] ${l}`)
          .join('\n') + '\n';
      if (!opts.quiet) {
        child.stdout.on('data', (d) => process.stdout.write(prefix(d)));
        child.stderr.on('data', (d) => process.stderr.write(prefix(d)));
      } else {
        child.stderr.on('data', (d) => {
          if (/error/i.test(d.toString())) process.stderr.write(prefix(d));
        });
      }
      children.push(child);
      return child;
    };
    const api = spawnChild('api', process.execPath, ['--enable-source-maps', path.join(repoRoot, 'dist/api/apps/api/src/main.js')], env);
    await waitForHttp(`http://localhost:${port}/api/status`, 30_000, api);
    log(`API ready: http://localhost:${port}/api (OpenAPI: /api/docs)`);

    if (opts.web !== 'none') {
      const vite = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
      const webEnv = { API_PROXY_TARGET: `http://localhost:${port}` };
      for (const [app, webPort] of [
        ['citizen-web', 4200],
        ['operator-web', 4300],
      ]) {
        const config = path.join(repoRoot, `apps/${app}/vite.config.mts`);
        const args = opts.web === 'preview' ? [vite, 'preview', '--config', config, '--port', String(webPort), '--strictPort'] : [vite, '--config', config];
        const child = spawnChild(app, process.execPath, args, webEnv);
        await waitForHttp(`http://localhost:${webPort}/`, 60_000, child);
        log(`${app} ready: http://localhost:${webPort}`);
      }
    }
    return { databaseUrl: env.DATABASE_URL, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
