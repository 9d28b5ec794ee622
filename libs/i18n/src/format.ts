import { localeOf } from './language';

/** Every date and time is shown in Italian time, whatever the browser's time zone. */
export const TIME_ZONE = 'Europe/Rome';

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
 * A calendar date without time (`YYYY-MM-DD`, e.g. a birth date), e.g. "10 dicembre 1985".
 * Formatted in UTC so that no time zone can move it to the day before.
 */
export function formatDate(isoDate: string | undefined, language: string, style: 'long' | 'short' = 'long'): string | undefined {
  if (!isoDate) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' } : { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' };
  return formatter(localeOf(language), options).format(date);
}

/** An instant (RFC 3339) in Europe/Rome, e.g. "23/11/2026, 09:05". */
export function formatDateTime(isoInstant: string | undefined, language: string): string | undefined {
  if (!isoInstant) return undefined;
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return formatter(localeOf(language), {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** An Italian phone number for reading, e.g. "+390110000001" → "+39 011 000 0001"; others unchanged. */
export function formatPhone(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const m = /^\+39(\d{3})(\d{3})(\d{3,5})$/.exec(phone.replace(/\s+/g, ''));
  return m ? `+39 ${m[1]} ${m[2]} ${m[3]}` : phone;
}
