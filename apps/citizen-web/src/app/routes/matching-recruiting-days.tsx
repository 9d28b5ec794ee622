import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useRecruitingDays } from '../../features/matching/api/use-recruiting-days';
import { RecruitingDayCard } from '../../features/matching/components/recruiting-day-card';
import '../../features/matching/matching.css';

/** /recruiting-day: "Recruiting day e fiere del lavoro", to sign up and say which vacancies interest the person. */
export function MatchingRecruitingDaysRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('matching.recruitingDays.title'));
  const days = useRecruitingDays();

  return (
    <div className="row matching-page">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('matching.recruitingDays.title')}</h1>
        <p className="lead">{t('matching.recruitingDays.intro')}</p>
        {days.isPending ? (
          <Loading />
        ) : days.isError ? (
          <ProblemAlert error={days.error} onRetry={() => void days.refetch()} />
        ) : days.data.items.length === 0 ? (
          <p>{t('matching.recruitingDays.empty')}</p>
        ) : (
          <ul className="plain-list">
            {days.data.items.map((day) => (
              <li key={day.id}>
                <RecruitingDayCard day={day} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
