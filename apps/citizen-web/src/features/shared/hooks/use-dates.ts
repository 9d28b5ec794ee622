import { TIME_ZONE, localeOf, todayInRome, useFormatters } from '@opencpi/i18n';

/** Today's date in Italy as `YYYY-MM-DD` (kept under its old name for this app's callers). */
export const todayInItaly = todayInRome;

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Dates of the "presa in carico" pages in the UI language, always in Italian time:
 * `day` takes a calendar date (`2026-03-01`) or an instant (`2026-03-01T08:30:00Z`) and gives "1 marzo 2026";
 * `dateTime` gives "01/03/2026, 09:30"; `time` gives "09:30".
 */
export function useDates() {
  const f = useFormatters();
  const locale = localeOf(f.language);
  const day = (value: string | undefined): string => {
    if (!value) return '';
    if (DAY_ONLY.test(value)) return f.date(value) ?? value;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return formatter(locale, { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  };
  const dateTime = (value: string | undefined): string => (value ? (f.dateTime(value) ?? value) : '');
  const time = (value: string | undefined): string => {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return formatter(locale, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(date);
  };
  /** "2,5" in Italian, "2.5" in English */
  const number = (value: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return { language: f.language, day, dateTime, time, number };
}
