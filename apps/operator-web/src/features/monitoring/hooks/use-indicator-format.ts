import type { IndicatorUnit } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';

/** Numbers of the dashboard in the UI language: counts, shares as percentages, days (medians), ratings out of 5. */
export function useIndicatorFormat() {
  const { t, i18n } = useTranslation('operator');
  const locale = i18n.language === 'en' ? 'en-GB' : 'it-IT';
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const value = (unit: string, v: number | null | undefined): string => {
    if (v === null || v === undefined) return t('monitoring.noValue');
    switch (unit as IndicatorUnit) {
      case 'share':
        return percent.format(v);
      case 'days':
        return t('monitoring.units.days', { value: decimal.format(v) });
      case 'rating':
        return t('monitoring.units.rating', { value: decimal.format(v) });
      default:
        return integer.format(v);
    }
  };
  /** a short value for a chart axis (no unit words) */
  const axis = (unit: string, v: number): string => (unit === 'share' ? percent.format(v) : decimal.format(v));
  /** YYYY-MM → "gen 2026" */
  const month = (m: string): string => {
    const [y, mm] = m.split('-').map(Number) as [number, number];
    return monthName.format(new Date(Date.UTC(y, mm - 1, 1)));
  };
  const count = (v: number | undefined): string => (v === undefined ? '' : integer.format(v));
  /** the natural top of a value axis: 100% for a share, 5 for a rating */
  const max = (unit: string): number | undefined => (unit === 'share' ? 1 : unit === 'rating' ? 5 : undefined);
  return { value, axis, month, count, max, language: i18n.language === 'en' ? ('en' as const) : ('it' as const) };
}
