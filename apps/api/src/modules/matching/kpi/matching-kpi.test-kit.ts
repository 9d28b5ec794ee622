import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A past vacancy of an office for the indicators' tests and benchmarks (issue 16): published at `publishedAt`, and
 * filled by a hire recorded at `hiredAt` when given (plus a later hire on another application, which does not count).
 */
export async function insertPastVacancy(db: DataSource, v: { officeId: string; publishedAt: string; hiredAt?: string }): Promise<string> {
  const [row] = (await db.query(
    `INSERT INTO matching.vacancies (company_id, office_id, created_by, title, occupation_id, isco_group, description, comune_istat, location, contract_type, hours, expires_on, status, moderation, created_at, published_at)
     VALUES (NULL, $1, 'TESTKPI000000000', 'Test', 1, 5223, 'Test', '001272', point(7.68, 45.07), 'permanent', 'full', '2099-12-31', 'closed', 'approved', $2::timestamptz, $2::timestamptz)
     RETURNING id`,
    [v.officeId, v.publishedAt],
  )) as { id: string }[];
  if (v.hiredAt) {
    for (const at of [v.hiredAt, null]) {
      await db.query(
        `INSERT INTO matching.applications (vacancy_id, citizen_id, status, outcome, outcome_at) VALUES ($1, $2, 'shortlisted', 'hired', coalesce($3::timestamptz, $4::timestamptz + interval '30 days'))`,
        [row!.id, randomUUID(), at, v.hiredAt],
      );
    }
  }
  return row!.id;
}
