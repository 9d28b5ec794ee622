/**
 * Europe/Rome wall-clock time ↔ instants, DST-correct, with the platform's Intl data (no library).
 * A local date is 'YYYY-MM-DD', a local time 'HH:MM'.
 */
export const ROME = 'Europe/Rome';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ROME,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const HOUR = 3_600_000;
const SINCE_1900 = Date.UTC(1900, 0, 1);
const UNTIL_10000 = Date.UTC(9999, 11, 31);
// Rome's offset (minutes) per UTC hour, from the same Intl data: formatToParts costs tens of µs and a week's calendar
// maps hundreds of instants, most in the same few hours. Bounded; a pure function of the time-zone data.
const offsetByHour = new Map<number, number>();

/** Offset of Rome at `ms` when it is the same over the whole UTC hour holding it (always, but for historic LMT changes). */
function hourOffset(ms: number): number | undefined {
  const hour = Math.floor(ms / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const start = romeOffsetMinutes(new Date(hour * HOUR));
    if (start !== romeOffsetMinutes(new Date(hour * HOUR + HOUR - 1000))) return undefined;
    if (offsetByHour.size >= 50_000) offsetByHour.clear();
    offsetByHour.set(hour, (offset = start));
  }
  return offset;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The wall-clock fields in Rome of an instant. */
export function romeParts(instant: Date): { date: string; time: string; weekday: number } {
  const ms = instant.getTime();
  // since 1900 Rome's offsets are whole hours (CET/CEST); before, mean solar time had seconds: Intl handles those
  const offset = ms >= SINCE_1900 && ms < UNTIL_10000 ? hourOffset(ms) : undefined;
  if (offset !== undefined) {
    const local = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000);
    return {
      date: `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`,
      time: `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`,
      weekday: local.getUTCDay() || 7,
    };
  }
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

/** Today's date in Rome ('YYYY-MM-DD'), or the Rome date of `now`. */
export const todayRome = (now: Date = new Date()): string => romeParts(now).date;

/** A local date 'YYYY-MM-DD' written the Italian way, 'DD/MM/YYYY' (for documents and messages rendered in Italian). */
export const italianDate = (date: string): string => date.split('-').reverse().join('/');
