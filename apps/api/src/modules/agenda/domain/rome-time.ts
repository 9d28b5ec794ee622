/**
 * Europe/Rome wall-clock time ↔ instants, DST-correct, with the platform's Intl data (no library).
 * A local date is 'YYYY-MM-DD', a local time 'HH:MM'.
 */
export const ROME = 'Europe/Rome';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ROME, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** The wall-clock fields in Rome of an instant. */
export function romeParts(instant: Date): { date: string; time: string; weekday: number } {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value])) as Record<string, string>;
  const date = `${p['year']}-${p['month']}-${p['day']}`;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7; // 1 = Monday … 7 = Sunday
  return { date, time: `${p['hour']}:${p['minute']}`, weekday };
}

/** Offset of Rome from UTC at an instant, in minutes (+60 in winter, +120 in summer). */
export function romeOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value])) as Record<string, string>;
  const asUtc = Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']), Number(p['minute']), Number(p['second']));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant of a Rome wall-clock time. Returns null for a time that does not exist (the hour skipped
 * on the last Sunday of March); an ambiguous time (the repeated hour in October) resolves to the first.
 */
export function romeToInstant(date: string, time: string): Date | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  for (const offset of [120, 60]) {
    const candidate = new Date(naive - offset * 60_000);
    if (romeOffsetMinutes(candidate) === offset) {
      const back = romeParts(candidate);
      if (back.date === date && back.time === time) return candidate;
    }
  }
  return null;
}

export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

export const minutesOf = (time: string): number => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
export const timeOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
