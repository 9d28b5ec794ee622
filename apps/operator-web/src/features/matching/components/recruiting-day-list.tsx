import type { RecruitingDayResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useMatchingLabels } from '../hooks/use-matching-labels';

/** The recruiting days: title, day, mode, place or link, office, the vacancies presented and how many signed up. */
export function RecruitingDayList({ days }: { days: readonly RecruitingDayResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useMatchingLabels();
  if (days.length === 0) return <p>{t('matching.recruitingDays.empty')}</p>;
  return (
    <ul className="list-unstyled recruiting-days">
      {days.map((day) => (
        <li key={day.id}>
          <h3>{day.title}</h3>
          <DataList
            items={[
              { label: t('matching.recruitingDays.day'), value: <time dateTime={day.day}>{f.date(day.day)}</time> },
              { label: t('matching.recruitingDays.mode'), value: labels.dayMode(day.mode) },
              { label: t('matching.recruitingDays.place'), value: <span className="text-break">{day.place}</span> },
              { label: t('matching.recruitingDays.office'), value: day.officeName },
              {
                label: t('matching.recruitingDays.vacancies'),
                value:
                  day.vacancies.length === 0 ? (
                    t('matching.recruitingDays.noVacancies')
                  ) : (
                    <ul className="mb-0 ps-3">
                      {day.vacancies.map((v) => (
                        <li key={v.id}>{v.companyName ? `${v.title} – ${v.companyName}` : v.title}</li>
                      ))}
                    </ul>
                  ),
              },
              { label: t('matching.recruitingDays.signupsLabel'), value: t('matching.recruitingDays.signups', { count: day.signups }) },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
