/**
 * The candidate index of the engine: one integer per (skill, place) of a profile, `skill × 1024 + cell`, where the
 * cell is a 0.5° square of a 32 × 32 grid from 35°N 6°E (all of Italy; points outside are clamped to the border,
 * and the exact distance is always checked afterwards). One GIN lookup then finds the people who have one of a
 * vacancy's skills AND live within reach, instead of intersecting two large sets (see candidates-for-vacancy.sql).
 * tools/bench/matching.mjs computes the same keys in SQL: keep both in step.
 */
export const GRID = { lat0: 35, lon0: 6, step: 0.5, size: 32 } as const;
/** the largest distance limit a profile may set (profiles_max_km_check) */
export const MAX_REACH_KM = 150;

const clamp = (n: number) => Math.min(GRID.size - 1, Math.max(0, n));
export const cellOf = (lat: number, lon: number): number => clamp(Math.floor((lat - GRID.lat0) / GRID.step)) * GRID.size + clamp(Math.floor((lon - GRID.lon0) / GRID.step));

export function profileKeys(skillIds: number[], lat: number, lon: number): number[] {
  const cell = cellOf(lat, lon);
  return [...new Set(skillIds)].sort((a, b) => a - b).map((s) => s * 1024 + cell);
}

/** Every cell a person within `km` of the point may live in. */
export function cellsWithin(lat: number, lon: number, km = MAX_REACH_KM): number[] {
  const dLat = km / 110.57;
  const dLon = km / (111.32 * Math.cos((lat * Math.PI) / 180));
  const out: number[] = [];
  for (let a = clamp(Math.floor((lat - dLat - GRID.lat0) / GRID.step)); a <= clamp(Math.floor((lat + dLat - GRID.lat0) / GRID.step)); a++) {
    for (let b = clamp(Math.floor((lon - dLon - GRID.lon0) / GRID.step)); b <= clamp(Math.floor((lon + dLon - GRID.lon0) / GRID.step)); b++) out.push(a * GRID.size + b);
  }
  return out;
}

/** The keys to look up for a vacancy: each of its skills in each cell within reach. */
export function vacancyKeys(skillIds: number[], lat: number, lon: number): number[] {
  const cells = cellsWithin(lat, lon);
  return [...new Set(skillIds)].flatMap((s) => cells.map((c) => s * 1024 + c));
}
