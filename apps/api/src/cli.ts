import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source-options';
import { seedAgendaDemo } from './modules/agenda/seed/agenda-demo-seed';
import { importComuni } from './modules/matching/taxonomy/comuni-importer';
import { importEsco } from './modules/matching/taxonomy/esco-importer';
import { seedMatchingDemo } from './modules/matching/seed/matching-demo-seed';
import { seedPattoDemo } from './modules/patto/seed/patto-demo-seed';
import { seedCondizionalitaDemo } from './modules/condizionalita/seed/condizionalita-demo-seed';
import { seedDemoData } from './modules/registry/seed/demo-seed';
import { seedConsentDemo } from './modules/consent/seed/consent-demo-seed';
import { seedIntermediariesDemo } from './modules/intermediaries/seed/intermediaries-demo-seed';
import { seedAgenciesDemo } from './modules/agencies/seed/agencies-demo-seed';

/**
 * Operations entry point (also used in production images):
 *   node dist/api/apps/api/src/cli.js migrate   — run pending migrations
 *   node dist/api/apps/api/src/cli.js seed      — load the demo registry (idempotent)
 *   node dist/api/apps/api/src/cli.js import-esco <dir>     — the ESCO v1.2 CSV download in Italian (occupations_it.csv,
 *                                                             skills_it.csv, occupationSkillRelations_it.csv; idempotent)
 *   node dist/api/apps/api/src/cli.js import-comuni <file>  — comuni centroids, header istat,name,province,lat,lon (idempotent)
 */
async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  if ((command === 'import-esco' || command === 'import-comuni') && !arg) throw new Error(`usage: cli.js ${command} <${command === 'import-esco' ? 'dir' : 'file'}>`);
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
      const matching = await seedMatchingDemo(db);
      const condizionalita = await seedCondizionalitaDemo(db);
      const consent = await seedConsentDemo(db);
      const intermediaries = await seedIntermediariesDemo(db);
      const agencyAccess = await seedAgenciesDemo(db);
      process.stdout.write(`seed: ${JSON.stringify({ ...counts, agenda, patto, matching, condizionalita, consent, intermediaries, agencyAccess })}\n`);
    } else if (command === 'import-esco') {
      const counts = await importEsco(db, path.resolve(arg!), { source: 'esco-1.2' });
      process.stdout.write(`import-esco: ${JSON.stringify(counts)}\n`);
    } else if (command === 'import-comuni') {
      const counts = await importComuni(db, path.resolve(arg!));
      process.stdout.write(`import-comuni: ${JSON.stringify(counts)}\n`);
    } else {
      throw new Error(`usage: cli.js migrate|seed|import-esco <dir>|import-comuni <file> (got ${command ?? 'nothing'})`);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
