import type { TestApp } from '../../../test/test-app';

/*
 * The dossier's helpers for other modules' tests: what the dossier stored, read from its own tables (its kit may).
 */

/** Who a stored document belongs to and who uploaded it (null when there is no such document). */
export async function documentRecord(
  t: TestApp,
  documentId: string,
): Promise<{ citizenId: string | null; uploadedByFiscalCode: string; uploadedByRole: string; type: string } | null> {
  const rows = (await t.db.query(
    `SELECT citizen_id AS "citizenId", uploaded_by_fiscal_code AS "uploadedByFiscalCode", uploaded_by_role AS "uploadedByRole", type
       FROM dossier.documents WHERE id = $1`,
    [documentId],
  )) as { citizenId: string | null; uploadedByFiscalCode: string; uploadedByRole: string; type: string }[];
  return rows[0] ?? null;
}
