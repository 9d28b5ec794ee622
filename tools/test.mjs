#!/usr/bin/env node
// `npm test`: the generated API client, type checks, lint (ESLint + Nx module boundaries), SPA component tests (Vitest), unit + integration tests (real PostgreSQL), SPA builds, browser tests (Chromium + axe).
// Exit code 0 only if every step passes. Prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './lib/embedded-db.mjs';

const env = { ...process.env, TZ: 'Europe/Rome', NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0' };
const bin = (name) => path.join(repoRoot, 'node_modules/.bin', name);
const reports = path.join(repoRoot, 'tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const steps = [
  // first, so that a stale client says so plainly (jest runs the full contract checks: tools/checks/openapi-*.spec.ts)
  ['API client generated from docs/openapi.json (npm run openapi:client)', process.execPath, ['tools/openapi/generate-client.mjs', '--check']],
  ['type check (all projects)', bin('nx'), ['run-many', '-t', 'typecheck', '--outputStyle=static']],
  ['lint (ESLint + module boundaries)', bin('eslint'), ['.']],
  ['format (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  [
    'SPA tests (Vitest + Testing Library + MSW)',
    bin('vitest'),
    ['run', '--config', 'vitest.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'web.json')}`],
  ],
  [
    'unit + integration tests (jest, real PostgreSQL)',
    bin('jest'),
    // two workers on the 2-core machine: a file spends much of its time waiting on PostgreSQL; each file has its own database
    ['--ci', '--maxWorkers=2', '--workerIdleMemoryLimit=2GB', '--json', `--outputFile=${path.join(reports, 'jest.json')}`],
  ],
  ['build the SPAs', bin('nx'), ['run-many', '-t', 'build', '-p', 'citizen-web', 'operator-web', '--outputStyle=static']],
  ['browser tests (Chromium + axe)', bin('jest'), ['--ci', '-c', 'apps/e2e/jest.config.ts', '--json', `--outputFile=${path.join(reports, 'e2e.json')}`]],
];

let failedStep;
for (const [title, cmd, args] of steps) {
  const started = Date.now();
  process.stdout.write(`\n=== ${title}\n`);
  const r = spawnSync(cmd, args, { cwd: repoRoot, env, stdio: 'inherit' });
  process.stdout.write(`=== ${title}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (r.status !== 0) {
    failedStep = title;
    break;
  }
}

let passed = 0;
let failed = 0;
for (const f of ['web.json', 'jest.json', 'e2e.json']) {
  const file = path.join(reports, f);
  if (!existsSync(file)) continue;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
}
if (failedStep && failed === 0) failed = 1; // a step that is not a test runner failed
process.stdout.write(`\n${failedStep ? `FAILED at: ${failedStep}\n` : ''}${passed} passed, ${failed} failed\n`);
process.exit(failedStep || failed > 0 || passed === 0 ? 1 : 0);
