import type { OpenDataRow } from '@opencpi/contracts';
import { localeOf } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { OpenDataCell } from './open-data-cell';

export const OPEN_DATA_FIELDS = [
  'dids',
  'first_contacts_due',
  'first_contacts_in_window',
  'patti_signed',
  'median_days_to_patto',
  'appointments',
  'appointments_remote',
  'no_shows',
  'attendance_recorded',
  'conditionality_cases',
  'vacancies_published',
  'vacancies_filled',
  'median_days_to_fill',
  'satisfaction_answers',
  'satisfaction_mean',
] as const;
export type OpenDataField = (typeof OPEN_DATA_FIELDS)[number];

/** One month of the open data: a row per CPI and the region's total, a column per field. */
export function OpenDataTable({ month, monthLabel, rows }: { month: string; monthLabel: string; rows: readonly OpenDataRow[] }) {
  const { t, i18n } = useTranslation('citizen');
  const number = new Intl.NumberFormat(localeOf(i18n.language), { maximumFractionDigits: 1 });
  const ofMonth = rows
    .filter((r) => r.month === month)
    .sort((a, b) => (a.level === b.level ? (a.officeName ?? '').localeCompare(b.officeName ?? '') : a.level === 'office' ? -1 : 1));
  if (ofMonth.length === 0) return <p>{t('openData.empty')}</p>;
  return (
    <DataTable caption={t('openData.table.caption', { month: monthLabel })}>
      <thead>
        <tr>
          <th scope="col">{t('openData.table.office')}</th>
          {OPEN_DATA_FIELDS.map((field) => (
            <th key={field} scope="col">
              {t(`openData.fields.${field}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ofMonth.map((row) => (
          <tr key={`${row.level}-${row.officeCode ?? row.regionCode}`}>
            <th scope="row">{row.level === 'region' ? t('openData.table.region', { region: row.regionName }) : row.officeName}</th>
            {OPEN_DATA_FIELDS.map((field) => (
              <td key={field}>
                <OpenDataCell value={row.values[field]} suppressed={row.suppressed.includes(field)} format={(v) => number.format(v)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
