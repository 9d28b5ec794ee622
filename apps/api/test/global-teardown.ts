import { dropDatabase, templateDb } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(templateDb());
  const simulator = (globalThis as Record<string, unknown>)['__OPENCPI_NATIONAL_SYSTEMS_SIM__'] as { stop: () => Promise<void> } | undefined;
  if (simulator) await simulator.stop();
  const pg = (globalThis as Record<string, unknown>)['__OPENCPI_EMBEDDED_PG__'] as { stop: () => Promise<void> } | undefined;
  if (pg) await pg.stop();
}
