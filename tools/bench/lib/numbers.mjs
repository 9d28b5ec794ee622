// Small numeric helpers of the benchmarks: percentiles of sorted samples, figures for printing, a pause.
export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
export const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
