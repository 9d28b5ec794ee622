import 'reflect-metadata';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { seedAgendaDemo } from '../src/modules/agenda/seed/agenda-demo-seed';
import { seedIntermediariesDemo } from '../src/modules/intermediaries/seed/intermediaries-demo-seed';
import { seedDemoData } from '../src/modules/registry/seed/demo-seed';
import { seedIvcDemo } from '../src/modules/ivc/seed/ivc-demo-seed';
import { STALE_RUN_PATTERN, databaseUrl, templateDb, withAdmin } from './test-database';

async function reachable(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Picks a real PostgreSQL — OPENCPI_TEST_ADMIN_URL, else the machine's server on 127.0.0.1:5432, else an
 * embedded one — then migrates and seeds the template database that every test file clones.
 */
export default async function globalSetup(): Promise<void> {
  process.env['TZ'] = 'Europe/Rome';
  let admin = process.env['OPENCPI_TEST_ADMIN_URL'];
  if (!admin) {
    const machine = 'postgres://postgres@127.0.0.1:5432/postgres';
    if (await reachable(machine)) admin = machine;
    else {
      const { startEmbeddedPostgres } = await import(path.resolve(__dirname, '../../../tools/lib/embedded-db.mjs'));
      const pg = await startEmbeddedPostgres({ name: 'pg-test', port: 54339, database: 'postgres', persistent: false });
      (globalThis as Record<string, unknown>)['__OPENCPI_EMBEDDED_PG__'] = pg;
      admin = pg.adminUrl as string;
    }
    process.env['OPENCPI_TEST_ADMIN_URL'] = admin;
  }
  process.env['OPENCPI_TEST_RUN'] = Date.now().toString(36);
  // the national systems' simulator (a process of its own, as in production INPS is): every test app points at it
  const { startSimulator } = await import(path.resolve(__dirname, '../../../tools/national-systems-sim/spawn.mjs'));
  const simulator = await startSimulator({ port: 0 });
  (globalThis as Record<string, unknown>)['__OPENCPI_NATIONAL_SYSTEMS_SIM__'] = simulator;
  process.env['NATIONAL_SYSTEMS_URL'] = simulator.url as string;
  await withAdmin(async (c) => {
    // leftovers of interrupted runs (started more than 3 hours ago); other runs' databases are left alone
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'opencpi\\_r%\\_test'`);
    for (const r of rows as { datname: string }[]) {
      const started = parseInt(STALE_RUN_PATTERN.exec(r.datname)?.[1] ?? '', 36);
      if (Number.isFinite(started) && Date.now() - started > 3 * 3_600_000) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    }
  });
  const template = templateDb();
  await withAdmin((c) => c.query(`CREATE DATABASE "${template}"`));
  const db = await new DataSource(dataSourceOptions(databaseUrl(template))).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await seedDemoData(db);
    await seedAgendaDemo(db);
    await seedIntermediariesDemo(db, { delegation: false }); // organisations and operators; tests grant their own delegations
    await seedIvcDemo(db); // the sample repertoire and the appointed assessor
  } finally {
    await db.destroy();
  }
  // pg-boss creates its schema on first start: do it once in the template, not in every clone.
  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: databaseUrl(template), schema: 'pgboss' });
  await boss.start();
  await boss.stop({ graceful: true, wait: true, timeout: 5000 }); // graceful: a non-graceful stop leaves its pool open and jest never exits
}
