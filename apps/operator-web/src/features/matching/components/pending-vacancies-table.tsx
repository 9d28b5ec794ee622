import type { VacancyResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { romeDay } from '../../patto/dates';

export interface PendingVacanciesTableProps {
  vacancies: readonly VacancyResponse[];
  onModerate: (vacancy: VacancyResponse, decision: 'approved' | 'rejected') => void;
  /** the vacancy being approved or rejected right now, if any */
  busyId?: string;
}

/** "Offerte da verificare": companies' published vacancies waiting for the CPI, with "Approva" and "Respingi". */
export function PendingVacanciesTable({ vacancies, onModerate, busyId }: PendingVacanciesTableProps) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  if (vacancies.length === 0) return <p>{t('matching.vacancies.pending.empty')}</p>;
  return (
    <DataTable caption={t('matching.vacancies.pending.caption')} className="matching-table">
      <thead>
        <tr>
          <th scope="col">{t('matching.vacancies.pending.columns.title')}</th>
          <th scope="col">{t('matching.vacancies.pending.columns.company')}</th>
          <th scope="col">{t('matching.vacancies.pending.columns.comune')}</th>
          <th scope="col">{t('matching.vacancies.pending.columns.publishedAt')}</th>
          <th scope="col">{t('matching.vacancies.pending.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {vacancies.map((v) => (
          <tr key={v.id}>
            <th scope="row">{v.title}</th>
            <td>{v.companyName ?? t('matching.labels.none')}</td>
            <td>{v.comuneName}</td>
            <td className="text-nowrap">{v.publishedAt ? <time dateTime={v.publishedAt}>{f.date(romeDay(v.publishedAt), 'short')}</time> : t('matching.labels.none')}</td>
            <td>
              <div className="d-flex flex-wrap gap-2">
                <button
                  type="button"
                  className="btn btn-primary btn-sm"
                  aria-label={t('matching.vacancies.pending.approveLabel', { title: v.title })}
                  disabled={busyId === v.id}
                  onClick={() => onModerate(v, 'approved')}
                >
                  {t('matching.vacancies.pending.approve')}
                </button>
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm"
                  aria-label={t('matching.vacancies.pending.rejectLabel', { title: v.title })}
                  disabled={busyId === v.id}
                  onClick={() => onModerate(v, 'rejected')}
                >
                  {t('matching.vacancies.pending.reject')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
