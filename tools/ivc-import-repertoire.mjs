#!/usr/bin/env node
// `npm run ivc:import-repertoire -- file.csv`: import a regional repertoire's CSV export (IVC qualifications and their
// competences; all or nothing, problems listed by line) into DATABASE_URL or the embedded development database.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot, startEmbeddedPostgres } from './lib/embedded-db.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run ivc:import-repertoire -- <file.csv>');
  process.exit(2);
}
execFileSync(process.execPath, [path.join(repoRoot, 'tools/build-api.mjs')], { stdio: 'inherit' });
let embedded;
let url = process.env.DATABASE_URL;
if (!url) {
  embedded = await startEmbeddedPostgres();
  url = embedded.url;
}
const cli = path.join(repoRoot, 'dist/api/apps/api/src/cli.js');
let code = 0;
try {
  for (const args of [['migrate'], ['import-ivc-repertoire', path.resolve(file)]])
    execFileSync(process.execPath, [cli, ...args], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
} catch {
  code = 1;
} finally {
  if (embedded) await embedded.stop();
}
process.exit(code);
