import { useTranslation } from 'react-i18next';

/**
 * One figure of the open data. A suppressed cell reads "dato oscurato" (explained under the table): it counts fewer than
 * 10 people, or it could be worked out from the totals. Both kinds read the same, so that the label itself does not tell
 * which cells are small. A figure not collected reads "n.d.".
 */
export function OpenDataCell({ value, suppressed, format }: { value: number | null | undefined; suppressed: boolean; format: (v: number) => string }) {
  const { t } = useTranslation('citizen');
  if (suppressed) return <span className="open-data-suppressed">{t('openData.suppressed')}</span>;
  if (value === null || value === undefined) return <>{t('openData.notAvailable')}</>;
  return <>{format(value)}</>;
}
