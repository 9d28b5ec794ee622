#!/usr/bin/env node
// `npm run bench:web`: Lighthouse (mobile preset: a mid-range phone on slow 4G, CPU slowed 4×) on the production build of
// the citizen SPA, on the pages a person reaches first: the landing page, an invitation link, a recall link and the
// certificate verification page. Prints performance, LCP, TBT, unused JS/CSS and accessibility per page; asserts nothing
// (goal: performance ≥ 95, LCP ≤ 2.0 s).
// What runs: `vite build` of apps/citizen-web, then `vite preview` on BENCH_WEB_PORT (4250) with the /api proxy aimed at
// a closed port. No API and no database: these pages render without login, so their first load (what Lighthouse
// measures) is the SPA's own; the API calls fail at once and the pages show their "link not valid" / logged-out state.
// Chrome: CHROME_PATH (default /usr/bin/chromium). BENCH_WEB_PAGES=/,/verifica limits the pages; BENCH_WEB_RUNS (1)
// repeats each page and prints the median.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.BENCH_WEB_PORT ?? 4250);
const RUNS = Math.max(1, Number(process.env.BENCH_WEB_RUNS ?? 1));
const DEFAULT_PAGES = ['/', '/invito/token-dimostrativo', '/presenza/00000000-0000-4000-8000-000000000000/firma-dimostrativa', '/verifica'];
const PAGES = process.env.BENCH_WEB_PAGES ? process.env.BENCH_WEB_PAGES.split(',') : DEFAULT_PAGES;
process.env.CHROME_PATH ??= '/usr/bin/chromium';

const vite = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
const config = path.join(repoRoot, 'apps/citizen-web/vite.config.mts');

console.log('building the citizen SPA (production)…');
const build = spawnSync(process.execPath, [vite, 'build', '--config', config], { cwd: repoRoot, encoding: 'utf8' });
const budgetLines = `${build.stdout}\n${build.stderr}`.split('\n').filter((line) => line.includes('[bundle-budget]'));
for (const line of budgetLines) console.log(line);
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const preview = spawn(process.execPath, [vite, 'preview', '--config', config, '--port', String(PORT), '--strictPort'], {
  cwd: repoRoot,
  env: { ...process.env, API_PROXY_TARGET: 'http://127.0.0.1:9' }, // discard port: nothing answers, calls fail at once
  stdio: ['ignore', 'pipe', 'pipe'],
});
const stop = () => preview.kill('SIGTERM');
process.on('exit', stop);

await waitForHttp(`http://localhost:${PORT}/`, 30_000);
const chrome = await chromeLauncher.launch({ chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
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
} finally {
  await chrome.kill();
  stop();
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

async function waitForHttp(url, timeoutMs) {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
