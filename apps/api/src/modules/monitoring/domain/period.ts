/** Periods of months (`YYYY-MM`, Europe/Rome) for the indicators (issue 16). */
export const MAX_PERIOD_MONTHS = 60;

export interface Period {
  from: string;
  to: string;
  months: string[];
}

const toIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const fromIndex = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
export const addMonths = (m: string, n: number): string => fromIndex(toIndex(m) + n);

/** Every month from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = toIndex(from); i <= toIndex(to); i++) out.push(fromIndex(i));
  return out;
}

/**
 * The period asked for: default the 12 months ending with the current one; only `from` → 12 months from it (not past
 * the current month); only `to` → the 12 months ending with it. Null when `from` is after `to` or it is too long.
 */
export function resolvePeriod(q: { from?: string; to?: string }, currentMonth: string): Period | null {
  let from = q.from;
  let to = q.to;
  if (!from && !to) to = currentMonth;
  if (!from) from = addMonths(to!, -11);
  if (!to) to = toIndex(addMonths(from, 11)) > toIndex(currentMonth) && toIndex(from) <= toIndex(currentMonth) ? currentMonth : addMonths(from, 11);
  const length = toIndex(to) - toIndex(from) + 1;
  if (length < 1 || length > MAX_PERIOD_MONTHS) return null;
  return { from, to, months: monthsBetween(from, to) };
}
