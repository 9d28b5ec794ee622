#!/usr/bin/env node
// `npm run db:backup [-- <file>]`: a consistent, online backup of the database (DATABASE_URL, else the embedded
// database of `npm start`) as a pg_dump custom-format archive, plus `<file>.manifest.json` with the row count and a
// checksum of every table, taken in the same snapshot as the dump, which `db:restore` checks the restored copy against.
// Default file: .data/backups/opencpi-<UTC timestamp>.dump. See docs/operations.md.
import { spawn } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './lib/embedded-db.mjs';
import { EMBEDDED_URL, fingerprint, pgTool, serverMajor, withClient } from './lib/pg-tools.mjs';

const url = process.env.DATABASE_URL ?? EMBEDDED_URL;
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const file = path.resolve(process.argv[2] ?? path.join(repoRoot, '.data/backups', `opencpi-${stamp}.dump`));
mkdirSync(path.dirname(file), { recursive: true });
const redacted = (() => {
  const u = new URL(url);
  u.password = u.password ? '***' : '';
  return u.toString();
})();

const started = Date.now();
await withClient(url, async (c) => {
  const major = await serverMajor(c);
  const pgDump = pgTool('pg_dump', major);
  // one snapshot for the dump and the manifest: what the manifest counts is exactly what the archive holds
  await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const {
    rows: [{ snapshot }],
  } = await c.query('SELECT pg_export_snapshot() AS snapshot');
  const dump = new Promise((resolve, reject) => {
    const p = spawn(pgDump, ['--format=custom', '--compress=6', `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${url}`], { stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump exited with ${code}`))));
  });
  const tables = await fingerprint(c);
  await dump;
  await c.query('COMMIT');
  const {
    rows: [{ version }],
  } = await c.query('SHOW server_version');
  writeFileSync(`${file}.manifest.json`, `${JSON.stringify({ createdAt: new Date().toISOString(), database: redacted, serverVersion: version, pgDump, tables }, null, 2)}\n`);
  const rows = Object.values(tables).reduce((s, t) => s + t.rows, 0);
  console.log(
    `backup of ${redacted}: ${Object.keys(tables).length} tables, ${rows} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`  ${file}\n  ${file}.manifest.json`);
});
