/**
 * The shape every module's KPI reads share (issue 16): each owner keeps materialised views keyed by `office_id` and
 * `month` (first day, Europe/Rome) and answers the monitoring module through its exported kpi service with these
 * helpers, so the filters and groupings mean the same everywhere. No table names here: each owner writes its own SQL.
 */
export type KpiGroup = 'month' | 'office' | 'office_month' | 'all';
export interface KpiFilter {
  /** the offices to count (the caller's scope, already decided) */
  officeIds: readonly string[];
  /** `YYYY-MM`, inclusive */
  from: string;
  to: string;
}
/** The keys of a grouped row: null when not grouped by it. */
export interface KpiKey {
  month: string | null;
  officeId: string | null;
}

/** SELECT list of the keys (`"month"` as YYYY-MM, `"officeId"`) and the view columns to GROUP BY for `by`. */
export function kpiGroup(by: KpiGroup): { keys: string; columns: string[] } {
  const month = by === 'month' || by === 'office_month';
  const office = by === 'office' || by === 'office_month';
  return {
    keys: `${month ? `to_char(month, 'YYYY-MM')` : 'NULL::text'} AS "month", ${office ? 'office_id::text' : 'NULL::text'} AS "officeId"`,
    columns: [...(month ? ['month'] : []), ...(office ? ['office_id'] : [])],
  };
}
/** `GROUP BY` the keys and `extra` columns (`GROUP BY ()` when nothing: one row over the whole filter). */
export function kpiGroupBy(by: KpiGroup, extra: string[] = []): string {
  const cols = [...kpiGroup(by).columns, ...extra];
  return `GROUP BY ${cols.length ? cols.join(', ') : '()'}`;
}
/** The filter on a view with `month` and `office_id`: parameters $1 from, $2 to, $3 office ids (see kpiParams). */
export const KPI_WHERE = `month BETWEEN to_date($1, 'YYYY-MM') AND to_date($2, 'YYYY-MM') AND office_id = ANY($3::uuid[])`;
export const kpiParams = (f: KpiFilter): unknown[] => [f.from, f.to, [...f.officeIds]];

/**
 * The median of a histogram (`days`, `n` columns of `source`, a filtered SELECT that also has month and office_id)
 * per group: the mean of the two middle values for an even count. Rows: keys, `cases` (how many), `median`.
 */
export function kpiMedianSql(source: string, by: KpiGroup): string {
  const g = kpiGroup(by);
  return `WITH h AS (SELECT ${g.keys}, days, sum(n)::int AS n FROM (${source}) s ${kpiGroupBy(by, ['days'])}),
    c AS (SELECT "month", "officeId", days, n, sum(n) OVER (PARTITION BY "month", "officeId" ORDER BY days) AS cum,
                 sum(n) OVER (PARTITION BY "month", "officeId") AS total FROM h)
    SELECT "month", "officeId", max(total)::int AS cases,
           ((min(days) FILTER (WHERE cum >= (total + 1) / 2) + min(days) FILTER (WHERE cum >= total / 2 + 1)) / 2.0)::float8 AS median
      FROM c GROUP BY 1, 2`;
}
