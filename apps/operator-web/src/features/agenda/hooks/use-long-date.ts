import { localeOf } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A Rome calendar date (YYYY-MM-DD) with its weekday, e.g. "lunedì 30 novembre 2026". Built with Date.UTC and
 * formatted in UTC, so that no time zone moves it to the day before.
 */
export function useLongDate(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return (isoDate) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!m) return isoDate;
    let f = formatters.get(locale);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
      formatters.set(locale, f);
    }
    return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
  };
}
