import { addDays } from '@opencpi/i18n';

export { addDays, isIsoDate, todayInRome } from '@opencpi/i18n';

/** The `count` dates from `isoDate` on. */
export function dateRange(isoDate: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(isoDate, i));
}
