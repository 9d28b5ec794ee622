import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source-options';
import { seedAgendaDemo } from './modules/agenda/seed/agenda-demo-seed';
import { seedPattoDemo } from './modules/patto/seed/patto-demo-seed';
import { seedDemoData } from './modules/registry/seed/demo-seed';

/**
 * Operations entry point (also used in production images):
 *   node dist/api/apps/api/src/cli.js migrate   — run pending migrations
 *   node dist/api/apps/api/src/cli.js seed      — load the demo registry (idempotent)
 */
async function main(): Promise<void> {
  const [command] = process.argv.slice(2);
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required');
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    if (command === 'migrate') {
      const done = await db.runMigrations({ transaction: 'each' });
      process.stdout.write(`migrations: ${done.length} applied${done.length ? ` (${done.map((d) => d.name).join(', ')})` : ''}\n`);
    } else if (command === 'seed') {
      const counts = await seedDemoData(db);
      const agenda = await seedAgendaDemo(db);
      const patto = await seedPattoDemo(db);
      process.stdout.write(`seed: ${JSON.stringify({ ...counts, agenda, patto })}\n`);
    } else {
      throw new Error(`usage: cli.js migrate|seed (got ${command ?? 'nothing'})`);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
