#!/usr/bin/env node
// Migrations: `npm run migration:generate -- <Name>`, `migration:run`, `migration:revert`, `migration:check`.
// Uses DATABASE_URL, or the embedded development database when it is not set.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot, startEmbeddedPostgres } from './lib/embedded-db.mjs';

const [command, name] = process.argv.slice(2);
const cli = path.join(repoRoot, 'node_modules/typeorm/cli.js');
const dataSource = path.join(repoRoot, 'dist/api/apps/api/src/database/data-source.js');
const migrationsDir = path.join(repoRoot, 'apps/api/src/database/migrations');

execFileSync(process.execPath, [path.join(repoRoot, 'tools/build-api.mjs')], { stdio: 'inherit' });
let embedded;
let url = process.env.DATABASE_URL;
if (!url) {
  embedded = await startEmbeddedPostgres();
  url = embedded.url;
}
const run = (args) => execFileSync(process.execPath, [cli, ...args], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
let code = 0;
try {
  switch (command) {
    case 'migration:generate':
      if (!name) throw new Error('usage: npm run migration:generate -- <PascalCaseName>');
      run(['migration:run', '-d', dataSource]);
      run(['migration:generate', '-d', dataSource, '-p', path.join(migrationsDir, name)]);
      console.log(`Now add the new class to ${path.relative(repoRoot, migrationsDir)}/index.ts and review it.`);
      break;
    case 'migration:run':
      run(['migration:run', '-d', dataSource]);
      break;
    case 'migration:revert':
      run(['migration:revert', '-d', dataSource]);
      break;
    case 'migration:check':
      run(['migration:run', '-d', dataSource]);
      run(['migration:generate', '-d', dataSource, '--check', path.join(migrationsDir, 'Drift')]);
      break;
    default:
      throw new Error(`unknown command ${command}`);
  }
} catch (e) {
  console.error(e.message);
  code = 1;
} finally {
  if (embedded) await embedded.stop();
}
process.exit(code);
