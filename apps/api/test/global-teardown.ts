import { TEMPLATE_DB, dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(TEMPLATE_DB);
  const pg = (globalThis as Record<string, unknown>)['__OPENCPI_EMBEDDED_PG__'] as { stop: () => Promise<void> } | undefined;
  if (pg) await pg.stop();
}
