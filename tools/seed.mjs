#!/usr/bin/env node
// `npm run seed`: migrate and load the demo registry (idempotent) into DATABASE_URL or the embedded database.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot, startEmbeddedPostgres } from './lib/embedded-db.mjs';

execFileSync(process.execPath, [path.join(repoRoot, 'tools/build-api.mjs')], { stdio: 'inherit' });
let embedded;
let url = process.env.DATABASE_URL;
if (!url) {
  embedded = await startEmbeddedPostgres();
  url = embedded.url;
}
const cli = path.join(repoRoot, 'dist/api/apps/api/src/cli.js');
try {
  for (const cmd of ['migrate', 'seed']) execFileSync(process.execPath, [cli, cmd], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
} finally {
  if (embedded) await embedded.stop();
}
