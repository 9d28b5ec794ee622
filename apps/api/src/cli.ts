import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { validateEnv } from './config/env';
import { dataSourceOptions } from './database/data-source-options';
import { createDemoLinks, DEMO_LINKS_REFUSED } from './modules/agenda/seed/demo-links';
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
import { seedCampaignsDemo } from './modules/campaigns/seed/campaigns-demo-seed';
import { seedSurveysDemo } from './modules/surveys/seed/surveys-demo-seed';
import { seedIvcDemo } from './modules/ivc/seed/ivc-demo-seed';
import { seedMonitoringDemo } from './modules/monitoring/seed/monitoring-demo-seed';
import { importRepertoire } from './modules/ivc/repertoire/repertoire-importer';

/**
 * Operations entry point (also used in production images):
 *   node dist/api/apps/api/src/cli.js migrate   — run pending migrations
 *   node dist/api/apps/api/src/cli.js seed      — load the demo registry (idempotent)
 *   node dist/api/apps/api/src/cli.js import-esco <dir>     — the ESCO v1.2 CSV download in Italian (occupations_it.csv,
 *                                                             skills_it.csv, occupationSkillRelations_it.csv; idempotent)
 *   node dist/api/apps/api/src/cli.js import-comuni <file>  — comuni centroids, header istat,name,province,lat,lon (idempotent)
 *   node dist/api/apps/api/src/cli.js import-ivc-repertoire <file> — a regional repertoire's CSV export (ivc/domain/repertoire-rows.ts; all or nothing)
 *   node dist/api/apps/api/src/cli.js demo-links — after seed, with the API's environment (its keys sign the links): a new
 *                                                  invitation and a booked appointment's recall on the demo data, printed as
 *                                                  {"invitation":"/invito/…","recall":"/presenza/…/…"} (citizen SPA paths);
 *                                                  refused with NODE_ENV=production (it creates data)
 */
async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  if ((command === 'import-esco' || command === 'import-comuni' || command === 'import-ivc-repertoire') && !arg)
    throw new Error(`usage: cli.js ${command} <${command === 'import-esco' ? 'dir' : 'file'}>`);
  if (command === 'demo-links' && process.env['NODE_ENV'] === 'production') throw new Error(DEMO_LINKS_REFUSED);
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
      const campaigns = await seedCampaignsDemo(db); // after patto's: its people are left out
      const surveys = await seedSurveysDemo(db);
      const ivc = await seedIvcDemo(db);
      const monitoring = await seedMonitoringDemo(db); // last: the indicators' views over everything seeded
      process.stdout.write(
        `seed: ${JSON.stringify({ ...counts, agenda, patto, matching, condizionalita, consent, intermediaries, agencyAccess, ivc, surveys, campaigns, monitoring })}\n`,
      );
    } else if (command === 'import-esco') {
      const counts = await importEsco(db, path.resolve(arg!), { source: 'esco-1.2' });
      process.stdout.write(`import-esco: ${JSON.stringify(counts)}\n`);
    } else if (command === 'import-comuni') {
      const counts = await importComuni(db, path.resolve(arg!));
      process.stdout.write(`import-comuni: ${JSON.stringify(counts)}\n`);
    } else if (command === 'import-ivc-repertoire') {
      const result = await importRepertoire(db, path.resolve(arg!));
      if (!result.ok) {
        for (const p of result.problems) process.stderr.write(`line ${p.line}${p.column ? ` (${p.column})` : ''}: ${p.message}\n`);
        throw new Error(`import-ivc-repertoire: ${result.problems.length} problem(s), nothing imported`);
      }
      process.stdout.write(`import-ivc-repertoire: ${JSON.stringify({ qualifications: result.qualifications, competences: result.competences })}\n`);
    } else if (command === 'demo-links') {
      process.stdout.write(`${JSON.stringify(await createDemoLinks(db, validateEnv(process.env)))}\n`);
    } else {
      throw new Error(`usage: cli.js migrate|seed|import-esco <dir>|import-comuni <file>|import-ivc-repertoire <file>|demo-links (got ${command ?? 'nothing'})`);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
