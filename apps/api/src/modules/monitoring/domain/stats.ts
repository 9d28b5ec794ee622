/** Small statistics over the offices' values (benchmark view). */

/** The p-th percentile (0..1) by linear interpolation between closest ranks (the median is p = 0.5); null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return null;
  const pos = (v.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return round(v[lo]! + (v[hi]! - v[lo]!) * (pos - lo));
}
export const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
/** numerator / denominator, null when the denominator is 0. */
export const share = (numerator: number, denominator: number): number | null => (denominator > 0 ? round(numerator / denominator) : null);
