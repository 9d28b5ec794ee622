import type { DataSource } from 'typeorm';

/** The owners' aggregate views, in the order the refresh job runs them (agenda, patto, matching, condizionalita). */
const VIEWS = [
  'agenda.kpi_appointments_monthly',
  'agenda.kpi_appointments_operator_monthly',
  'patto.kpi_dids_monthly',
  'patto.kpi_patti_monthly',
  'patto.kpi_time_to_patto',
  'matching.kpi_vacancies_monthly',
  'condizionalita.kpi_cases_monthly',
];

/**
 * DEMO DATA (development and browser tests; run again, it refreshes again and records one more run): after the other modules' demo seeds, the indicators'
 * aggregate views are refreshed once and the run recorded, so that the dashboard shows the seeded data at once
 * (otherwise it waits for the nightly job or a region admin's refresh). A demo seed is a CLI script: it refreshes
 * the owners' views directly.
 */
export async function seedMonitoringDemo(db: DataSource): Promise<{ views: number }> {
  const started = new Date();
  for (const view of VIEWS) await db.query(`REFRESH MATERIALIZED VIEW ${view}`);
  await db.query(`INSERT INTO monitoring.refresh_runs (state, trigger, started_at, finished_at, steps) VALUES ('succeeded', 'manual', $1, now(), $2)`, [
    started,
    JSON.stringify(['agenda', 'patto', 'matching', 'condizionalita'].map((owner) => ({ owner, durationMs: 0, ok: true }))),
  ]);
  return { views: VIEWS.length };
}
