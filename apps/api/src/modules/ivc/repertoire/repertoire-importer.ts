import { createReadStream } from 'node:fs';
import type { DataSource } from 'typeorm';
import { CsvError, parseCsvRows } from '../../matching/taxonomy/csv';
import { parseRepertoireRows, REPERTOIRE_COLUMNS, type RowProblem, type RepertoireRecord } from '../domain/repertoire-rows';
import { upsertQualifications } from './repertoire.repository';

export type RepertoireImportResult = { ok: true; qualifications: number; competences: number } | { ok: false; problems: RowProblem[] };

/**
 * Imports a CSV export of a regional repertoire (columns: REPERTOIRE_COLUMNS), all or nothing: every row is checked
 * first and any problem (with its line and column) means nothing is written; a good file is written in one
 * transaction. Imported records are official (`sample: false, verified: true`). Idempotent: (region, code) upserts.
 * (The CSV reader is the matching module's RFC 4180 parser, shared rather than written twice.)
 */
export async function importRepertoire(db: DataSource, source: string | AsyncIterable<string | Buffer> | Iterable<string | Buffer>): Promise<RepertoireImportResult> {
  const rows: { line: number; record: RepertoireRecord }[] = [];
  try {
    let header: string[] | undefined;
    for await (const row of parseCsvRows(typeof source === 'string' ? createReadStream(source) : source)) {
      if (!header) {
        header = row.fields.map((h) => h.trim());
        const missing = REPERTOIRE_COLUMNS.filter((c) => !header!.includes(c));
        if (missing.length) return { ok: false, problems: [{ line: row.line, column: missing.join(','), message: `missing column(s): ${missing.join(', ')}` }] };
        continue;
      }
      if (row.fields.length > header.length)
        return { ok: false, problems: [{ line: row.line, column: '', message: `${row.fields.length} fields, the header has ${header.length}` }] };
      const record: Record<string, string> = {};
      header.forEach((h, k) => (record[h] = row.fields[k] ?? ''));
      rows.push({ line: row.line, record });
    }
  } catch (e) {
    if (e instanceof CsvError) return { ok: false, problems: [{ line: e.line, column: '', message: e.message }] };
    throw e;
  }
  const { qualifications, problems } = parseRepertoireRows(rows);
  if (problems.length) return { ok: false, problems };
  const counts = await db.transaction((m) => upsertQualifications(m, qualifications, { sample: false, verified: true }));
  return { ok: true, ...counts };
}
