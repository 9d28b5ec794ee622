import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

let sourceEvent = 9_000_000_000;

/** A past conditionality case of an office for the indicators' tests and benchmarks (issue 16), opened at `openedAt`. */
export async function insertPastCase(db: DataSource, c: { officeId: string; openedAt: string; breachCode?: string }): Promise<void> {
  await db.query(
    `INSERT INTO condizionalita.cases (source_event_id, source_type, source_ref, citizen_id, citizen_fiscal_code, office_id, benefit, benefit_id, breach_code, occurred_on, deadline, window_parameter, state, opened_at)
     VALUES ($1, 'test', $2, $3, 'KPITEST000000000', $4, 'NASPI', 'test', $5, ($6::timestamptz)::date, ($6::timestamptz)::date + 5, 'test', 'open', $6::timestamptz)`,
    [++sourceEvent, randomUUID(), randomUUID(), c.officeId, c.breachCode ?? 'appointment_missed', c.openedAt],
  );
}
