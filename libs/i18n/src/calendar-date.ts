import { TIME_ZONE } from './format';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const romeParts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Italy (Europe/Rome) as `YYYY-MM-DD`, whatever the browser's time zone. The one copy for both SPAs. */
export function todayInRome(now: Date = new Date()): string {
  const parts = romeParts.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A real calendar date written `YYYY-MM-DD` (what `<input type="date">` gives, or '' while incomplete). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** `isoDate` plus `days` calendar days (computed in UTC, so no daylight-saving shift), `YYYY-MM-DD`. */
export function addDays(isoDate: string, days: number): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return date.toISOString().slice(0, 10);
}
