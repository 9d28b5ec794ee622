import type { VacancyResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useMatchingLabels } from '../hooks/use-matching-labels';

/** "Offerte": every vacancy with its status, moderation, closing date and a link to its preselection. */
export function VacanciesTable({ vacancies }: { vacancies: readonly VacancyResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useMatchingLabels();
  if (vacancies.length === 0) return <p>{t('matching.vacancies.all.empty')}</p>;
  return (
    <DataTable caption={t('matching.vacancies.all.caption')} className="matching-table">
      <thead>
        <tr>
          <th scope="col">{t('matching.vacancies.all.columns.title')}</th>
          <th scope="col">{t('matching.vacancies.all.columns.company')}</th>
          <th scope="col">{t('matching.vacancies.all.columns.comune')}</th>
          <th scope="col">{t('matching.vacancies.all.columns.status')}</th>
          <th scope="col">{t('matching.vacancies.all.columns.moderation')}</th>
          <th scope="col">{t('matching.vacancies.all.columns.expiresOn')}</th>
          <th scope="col">{t('matching.vacancies.all.columns.preselection')}</th>
        </tr>
      </thead>
      <tbody>
        {vacancies.map((v) => (
          <tr key={v.id}>
            <th scope="row">{v.title}</th>
            <td>{v.companyName ?? labels.none}</td>
            <td>{v.comuneName}</td>
            <td>{labels.vacancyStatus(v.status)}</td>
            <td>{labels.moderation(v.moderation)}</td>
            <td className="text-nowrap">
              <time dateTime={v.expiresOn}>{f.date(v.expiresOn, 'short')}</time>
            </td>
            <td>
              <Link to={paths.vacancy(v.id)} aria-label={t('matching.vacancies.all.openLabel', { title: v.title })}>
                {t('matching.vacancies.all.open')}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
