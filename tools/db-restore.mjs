#!/usr/bin/env node
// `npm run db:restore -- <file> [--create]`: restores a `db:backup` archive into the database of DATABASE_URL (else the
// embedded database of `npm start`), which must be empty (--create makes it when it does not exist), in one
// transaction (all or nothing), then checks every table against the archive's manifest: same row count, same checksum.
// Exit 0 only when every table matches. See docs/operations.md.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EMBEDDED_URL, applicationTables, compareFingerprints, fingerprint, pgTool, serverMajor, withClient } from './lib/pg-tools.mjs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file || !existsSync(file)) {
  console.error('usage: npm run db:restore -- <backup file> [--create]   (target: DATABASE_URL, which must be an empty database)');
  process.exit(2);
}
const url = process.env.DATABASE_URL ?? EMBEDDED_URL;
const target = new URL(url);
const dbName = decodeURIComponent(target.pathname.slice(1));
const redacted = (() => {
  const u = new URL(url);
  u.password = u.password ? '***' : '';
  return u.toString();
})();

if (args.includes('--create')) {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  await withClient(maintenance.toString(), async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (!rowCount) await c.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`);
  });
}

const started = Date.now();
const major = await withClient(url, async (c) => {
  const existing = await applicationTables(c);
  if (existing.length > 0) {
    console.error(`refusing to restore into ${redacted}: it already has ${existing.length} tables (${existing.slice(0, 3).join(', ')}…). Restore into a new, empty database.`);
    process.exit(1);
  }
  return serverMajor(c);
});
const pgRestore = pgTool('pg_restore', major);
await new Promise((resolve, reject) => {
  // --no-owner: the objects belong to the role that restores (OpenCPI uses one role); --single-transaction: all or nothing
  const p = spawn(pgRestore, ['--exit-on-error', '--single-transaction', '--no-owner', `--dbname=${url}`, path.resolve(file)], { stdio: ['ignore', 'inherit', 'inherit'] });
  p.on('error', reject);
  p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_restore exited with ${code}`))));
});

const manifestFile = `${file}.manifest.json`;
if (!existsSync(manifestFile)) {
  console.log(`restored ${file} into ${redacted} in ${((Date.now() - started) / 1000).toFixed(1)} s (no manifest beside it: not checked)`);
  process.exit(0);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const actual = await withClient(url, async (c) => {
  await c.query('ANALYZE');
  return fingerprint(c);
});
const differences = compareFingerprints(manifest.tables, actual);
const rows = Object.values(actual).reduce((s, t) => s + t.rows, 0);
if (differences.length > 0) {
  console.error(`restored into ${redacted}, but ${differences.length} tables differ from the backup:`);
  for (const d of differences) console.error(`  ${d.table}: expected ${JSON.stringify(d.expected)}, found ${JSON.stringify(d.actual)}`);
  process.exit(1);
}
console.log(
  `restored ${file} into ${redacted}: ${Object.keys(actual).length} tables, ${rows} rows, every table's count and checksum as in the backup (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
