import { dropDatabase, templateDb } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(templateDb());
  const pg = (globalThis as Record<string, unknown>)['__OPENCPI_EMBEDDED_PG__'] as { stop: () => Promise<void> } | undefined;
  if (pg) await pg.stop();
}
