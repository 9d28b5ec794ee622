import type { CourseResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useMatchingLabels } from '../hooks/use-matching-labels';

/** "Corsi": the catalogue, with provider, skills taught, hours, dates, mode, seats, and whether free and GOL-fundable. */
export function CoursesTable({ courses }: { courses: readonly CourseResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useMatchingLabels();
  if (courses.length === 0) return <p>{t('matching.courses.empty')}</p>;
  return (
    <DataTable caption={t('matching.courses.caption')} className="matching-table">
      <thead>
        <tr>
          <th scope="col">{t('matching.courses.columns.title')}</th>
          <th scope="col">{t('matching.courses.columns.provider')}</th>
          <th scope="col">{t('matching.courses.columns.skills')}</th>
          <th scope="col">{t('matching.courses.columns.hours')}</th>
          <th scope="col">{t('matching.courses.columns.dates')}</th>
          <th scope="col">{t('matching.courses.columns.mode')}</th>
          <th scope="col">{t('matching.courses.columns.seats')}</th>
          <th scope="col">{t('matching.courses.columns.free')}</th>
          <th scope="col">{t('matching.courses.columns.gol')}</th>
        </tr>
      </thead>
      <tbody>
        {courses.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.title}</th>
            <td>{c.provider}</td>
            <td>{c.skills.length > 0 ? c.skills.map((s) => s.label).join(', ') : labels.none}</td>
            <td>{c.hours}</td>
            <td>{t('matching.labels.dateRange', { from: f.date(c.startDate, 'short'), to: f.date(c.endDate, 'short') })}</td>
            <td>{c.comuneName ? `${labels.courseMode(c.mode)}, ${c.comuneName}` : labels.courseMode(c.mode)}</td>
            <td>{c.seats}</td>
            <td>{labels.yesNo(c.free)}</td>
            <td>{labels.yesNo(c.golEligible)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
