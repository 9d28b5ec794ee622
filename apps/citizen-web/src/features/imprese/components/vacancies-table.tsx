import type { VacancyResponse } from '@opencpi/contracts';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDates } from '../../shared/hooks/use-dates';
import { useImpreseLabels } from '../imprese-labels';
import { vacancyPath } from '../imprese-paths';

/** "Le tue offerte": title, status, the CPI's check, closing date and "Apri …" for each vacancy; or "Non hai ancora offerte.". */
export function VacanciesTable({ vacancies }: { vacancies: readonly VacancyResponse[] }) {
  const { t } = useTranslation('citizen');
  const labels = useImpreseLabels();
  const dates = useDates();
  if (vacancies.length === 0) return <p>{t('imprese.list.empty')}</p>;
  return (
    <DataTable caption={t('imprese.list.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('imprese.list.columns.title')}</th>
          <th scope="col">{t('imprese.list.columns.status')}</th>
          <th scope="col">{t('imprese.list.columns.moderation')}</th>
          <th scope="col">{t('imprese.list.columns.expiresOn')}</th>
          <th scope="col">{t('imprese.list.columns.open')}</th>
        </tr>
      </thead>
      <tbody>
        {vacancies.map((vacancy) => (
          <tr key={vacancy.id}>
            <th scope="row" className="fw-normal imprese-table__title">
              {vacancy.title}
            </th>
            <td>{labels.status(vacancy.status)}</td>
            <td>{labels.moderation(vacancy.moderation)}</td>
            <td>{dates.day(vacancy.expiresOn)}</td>
            <td>
              <Link to={vacancyPath(vacancy.id)} aria-label={t('imprese.list.openVacancy', { title: vacancy.title })}>
                {t('imprese.list.open')}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
