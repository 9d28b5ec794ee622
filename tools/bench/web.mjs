#!/usr/bin/env node
// `npm run bench:web`: Lighthouse (mobile preset: a mid-range phone on slow 4G, CPU slowed 4×) on the production build of
// the citizen SPA, on the pages a person reaches first: the landing page, an invitation link, a recall link and the
// certificate verification page. Prints performance, LCP, TBT, unused JS/CSS and accessibility per page; asserts nothing
// (goal: performance ≥ 95, LCP ≤ 2.0 s).
// What runs: `vite build` of apps/citizen-web; a fresh database opencpi_bench_web (the machine's PostgreSQL on
// 127.0.0.1:5432, recreated; otherwise an embedded one in .data/pg-bench-web on port 54359); the API on port 3250
// (startPlatform: build, migrate, demo seed; no SPA dev servers); `cli.js demo-links` for a real invitation link and a
// real recall link on the demo data; then `vite preview` on BENCH_WEB_PORT (4250) with the /api proxy aimed at the API,
// so the link pages load with their data as a person's would. Everything is stopped at the end, also on failure.
// Chrome: CHROME_PATH (default /usr/bin/chromium). BENCH_WEB_PAGES=/,/verifica limits the pages; BENCH_WEB_RUNS (1)
// repeats each page and prints the median; BENCH_WEB_DETAILS=1 prints what to work on next (LCP element, requests…).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import pg from 'pg';
import { canConnect, startEmbeddedPostgres } from '../lib/embedded-db.mjs';
import { developmentEnv, startPlatform } from '../lib/platform.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.BENCH_WEB_PORT ?? 4250);
const API_PORT = 3250; // not e2e's 3000
const DATABASE = 'opencpi_bench_web';
const RUNS = Math.max(1, Number(process.env.BENCH_WEB_RUNS ?? 1));
process.env.CHROME_PATH ??= '/usr/bin/chromium';

const vite = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
const config = path.join(repoRoot, 'apps/citizen-web/vite.config.mts');
const log = (s) => console.log(`[bench:web] ${s}`);

log('building the citizen SPA (production)…');
const build = spawnSync(process.execPath, [vite, 'build', '--config', config], { cwd: repoRoot, encoding: 'utf8' });
const budgetLines = `${build.stdout}\n${build.stderr}`.split('\n').filter((line) => line.includes('[bundle-budget]'));
for (const line of budgetLines) console.log(line);
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

// Everything started below, stopped in reverse order once (at the end, on failure, on Ctrl-C: the API runs in a process
// group of its own, which the terminal's signal does not reach).
const stops = [];
let stopping;
const stopAll = () =>
  (stopping ??= (async () => {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (e) {
        console.error(`[bench:web] while stopping: ${e instanceof Error ? e.message : e}`);
      }
    }
  })());
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void stopAll().then(() => process.exit(130));
  });

try {
  const databaseUrl = await freshDatabase();
  // NODE_ENV=test as the browser tests; no development mailbox (its SMTP port 1025 may be e2e's) and no national
  // systems (a closed port, not a simulator someone else runs on 4400): none of these pages needs them
  const apiEnv = {
    DATABASE_URL: databaseUrl,
    PORT: String(API_PORT),
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000',
    DEV_MAILBOX: 'false',
    NATIONAL_SYSTEMS_URL: 'http://127.0.0.1:9',
  };
  log(`starting the API on port ${API_PORT} (build, migrate, demo seed)…`);
  const platform = await startPlatform({ web: 'none', quiet: true, log, env: apiEnv });
  stops.push(() => platform.stop());

  // the same environment as the API's (developmentEnv, as startPlatform builds it): its keys sign the links
  const cli = path.join(repoRoot, 'dist/api/apps/api/src/cli.js');
  const output = execFileSync(process.execPath, [cli, 'demo-links'], { env: { ...process.env, ...developmentEnv(apiEnv) }, encoding: 'utf8' });
  const links = JSON.parse(output.trim().split('\n').pop());
  log(`demo links: ${links.invitation} ${links.recall}`);
  const DEFAULT_PAGES = ['/', links.invitation, links.recall, '/verifica'];
  const PAGES = process.env.BENCH_WEB_PAGES ? process.env.BENCH_WEB_PAGES.split(',') : DEFAULT_PAGES;

  const preview = spawn(process.execPath, [vite, 'preview', '--config', config, '--port', String(PORT), '--strictPort'], {
    cwd: repoRoot,
    env: { ...process.env, API_PROXY_TARGET: `http://localhost:${API_PORT}` },
    stdio: ['ignore', 'ignore', 'inherit'], // its errors (a server-side render that failed) show
  });
  stops.push(async () => {
    if (preview.exitCode === null && preview.signalCode === null) {
      preview.kill('SIGTERM');
      await new Promise((resolve) => preview.once('exit', resolve));
    }
  });
  await waitForHttp(`http://localhost:${PORT}/`, 30_000, preview);

  const chrome = await chromeLauncher.launch({ chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  stops.push(() => chrome.kill());
  const rows = [];
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(`http://localhost:${PORT}${page}`, chrome.port));
    runs.sort((a, b) => a.performance - b.performance);
    rows.push({ page, ...runs[Math.floor(runs.length / 2)] });
  }
  console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, ${RUNS} run(s) a page (median)`);
  console.log(['page'.padEnd(34), 'perf', ' LCP s', ' FCP s', 'TBT ms', 'CLS', 'unused JS KB', 'unused CSS KB', 'a11y'].join('  '));
  for (const r of rows) {
    console.log(
      [
        r.page.slice(0, 34).padEnd(34),
        String(r.performance).padStart(4),
        r.lcp.toFixed(2).padStart(6),
        r.fcp.toFixed(2).padStart(6),
        String(Math.round(r.tbt)).padStart(6),
        r.cls.toFixed(3),
        r.unusedJsKb.toFixed(1).padStart(12),
        r.unusedCssKb.toFixed(1).padStart(13),
        String(r.accessibility).padStart(4),
      ].join('  '),
    );
  }
} catch (e) {
  console.error(`[bench:web] ${e instanceof Error ? (e.stack ?? e.message) : e}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}

/** A fresh, empty database: the machine's PostgreSQL when it answers (recreated, as the e2e setup does), else an embedded one. */
async function freshDatabase() {
  if (await canConnect('127.0.0.1', 5432)) {
    const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await admin.end();
    }
    return `postgres://postgres@127.0.0.1:5432/${DATABASE}`;
  }
  log('no PostgreSQL on 127.0.0.1:5432: starting an embedded one (.data/pg-bench-web, port 54359)');
  rmSync(path.join(repoRoot, '.data/pg-bench-web'), { recursive: true, force: true });
  const embedded = await startEmbeddedPostgres({ name: 'pg-bench-web', port: 54359, database: DATABASE, persistent: false });
  stops.push(() => embedded.stop());
  return embedded.url;
}

/** One Lighthouse run (default config = mobile preset) and the figures the issue asks for. */
async function audit(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  const { categories, audits } = result.lhr;
  const savings = (id) => (audits[id]?.details?.overallSavingsBytes ?? 0) / 1000;
  if (process.env.BENCH_WEB_DETAILS) {
    // what to work on next: the LCP element and its phases, what blocks the first paint, the main-thread work
    const show = (id, pick = (d) => d?.items) => console.log(`\n${url} ${id}:`, JSON.stringify(pick(audits[id]?.details) ?? null).slice(0, 1200));
    show('metrics', (d) => {
      const m = d?.items?.[0] ?? {};
      return Object.fromEntries(Object.entries(m).filter(([k]) => /^observed(FirstContentfulPaint|LargestContentfulPaint|DomContentLoaded|Load)$/.test(k)));
    });
    show('largest-contentful-paint-element', (d) => d?.items?.[0]?.items?.map((i) => i.node?.snippet ?? i));
    show('lcp-lazy-loaded', (d) => d);
    show('network-requests', (d) => d?.items?.map((i) => [i.url.replace(/^.*\//, ''), i.priority, Math.round(i.networkEndTime)]));
    show('render-blocking-resources', (d) => d?.items?.map((i) => [i.url, i.wastedMs]));
    show('bootup-time', (d) => d?.items?.map((i) => [i.url, Math.round(i.total)]));
  }
  return {
    performance: Math.round((categories.performance.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    lcp: audits['largest-contentful-paint'].numericValue / 1000,
    fcp: audits['first-contentful-paint'].numericValue / 1000,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    unusedJsKb: savings('unused-javascript'),
    unusedCssKb: savings('unused-css-rules'),
  };
}

async function waitForHttp(url, timeoutMs, child) {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
