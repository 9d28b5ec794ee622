import { todayInRome, useFormatters } from '@opencpi/i18n';

/** An instant of the API as the Italian calendar day it fell on ("3 dicembre 2026" / "03/12/2026"). */
export function useIvcDates() {
  const f = useFormatters();
  return (instant: string | undefined, style: 'long' | 'short' = 'long') => (instant ? f.date(todayInRome(new Date(instant)), style) : undefined);
}
