/**
 * Small-cell suppression of the open data (issue 16). Cells are counts of people in rows grouped by region × month:
 * one row per CPI and one region total row per group.
 * - Primary: a count of 1..9 people is suppressed (a zero names nobody and is published).
 * - Secondary (differencing): when the suppressed CPI cells of a group could be recovered from the published total
 *   (one suppressed cell, or suppressed cells adding up to fewer than 10), the next smallest positive CPI cell is
 *   suppressed too, until they cannot; when none is left, the total is suppressed instead.
 * - Parts of a whole in the same row (`whole`): the complement (whole − part) counts people too (late contacts, people
 *   who came): when the complement would be suppressed, so is the part.
 */
export const SUPPRESSION_THRESHOLD = 10;

export interface SuppressionRow {
  id: string;
  /** the region × month the row belongs to */
  group: string;
  /** the group's total row (the region) */
  total: boolean;
  values: Record<string, number | null>;
}
export interface CountField {
  name: string;
  /** the field this one is a part of, in the same row */
  whole?: string;
}

const small = (v: number | null, threshold: number): boolean => v !== null && v > 0 && v < threshold;

/** Suppresses one field in one group; `values` by row id. Returns the ids of the suppressed rows. */
export function suppressGroup(
  cells: { id: string; value: number | null }[],
  total: { id: string; value: number | null } | undefined,
  forced: ReadonlySet<string> = new Set(),
  threshold = SUPPRESSION_THRESHOLD,
): Set<string> {
  const out = new Set(cells.filter((c) => forced.has(c.id) || small(c.value, threshold)).map((c) => c.id));
  let totalSuppressed = total !== undefined && (forced.has(total.id) || small(total.value, threshold));
  if (total === undefined || total.value === null) totalSuppressed = true; // nothing to difference against
  const sumOut = () => cells.filter((c) => out.has(c.id)).reduce((s, c) => s + (c.value ?? 0), 0);
  while (!totalSuppressed && out.size > 0 && (out.size === 1 || sumOut() < threshold)) {
    const next = cells.filter((c) => !out.has(c.id) && (c.value ?? 0) > 0).sort((a, b) => a.value! - b.value! || a.id.localeCompare(b.id))[0];
    if (next) out.add(next.id);
    else totalSuppressed = true;
  }
  if (total && totalSuppressed && total.value !== null && (out.size > 0 || small(total.value, threshold) || forced.has(total.id))) out.add(total.id);
  return out;
}

/** Every field of every row: field name → the ids of the rows where it is suppressed. */
export function suppressTable(rows: readonly SuppressionRow[], fields: readonly CountField[], threshold = SUPPRESSION_THRESHOLD): Map<string, Set<string>> {
  const groups = new Map<string, SuppressionRow[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const result = new Map<string, Set<string>>();
  const run = (value: (r: SuppressionRow) => number | null, forced: ReadonlySet<string>): Set<string> => {
    const out = new Set<string>();
    for (const members of groups.values()) {
      const cells = members.filter((r) => !r.total).map((r) => ({ id: r.id, value: value(r) }));
      const totalRow = members.find((r) => r.total);
      const total = totalRow ? { id: totalRow.id, value: value(totalRow) } : undefined;
      for (const id of suppressGroup(cells, total, forced, threshold)) out.add(id);
    }
    return out;
  };
  for (const f of fields) {
    const whole = f.whole;
    const forced = whole
      ? run((r) => {
          const [w, p] = [r.values[whole] ?? null, r.values[f.name] ?? null];
          return w === null || p === null ? null : w - p;
        }, new Set())
      : new Set<string>();
    result.set(
      f.name,
      run((r) => r.values[f.name] ?? null, forced),
    );
  }
  return result;
}
