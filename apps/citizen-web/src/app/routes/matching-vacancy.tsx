import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useVacancyMatch } from '../../features/matching/api/use-vacancy-match';
import { ApplyToVacancy } from '../../features/matching/components/apply-to-vacancy';
import { GapCoursesSection } from '../../features/matching/components/gap-courses-section';
import { MatchFitSection } from '../../features/matching/components/match-fit-section';
import { SaveVacancyButton } from '../../features/matching/components/save-vacancy-button';
import { VacancyFacts } from '../../features/matching/components/vacancy-facts';
import { matchingPaths } from '../../features/matching/matching-paths';
import '../../features/matching/matching.css';

/**
 * /offerte/:vacancyId: the vacancy (its title is the h1), apply and save, how close the person is to it, and the
 * courses that teach what they miss.
 */
export function MatchingVacancyRoute() {
  const { t } = useTranslation('citizen');
  const { vacancyId = '' } = useParams();
  const match = useVacancyMatch(vacancyId);
  const title = match.data?.vacancy.title ?? t('matching.vacancy.fallbackTitle');
  useDocumentTitle(title);

  return (
    <div className="row matching-page">
      <div className="col-lg-9 col-xl-8">
        <h1>{title}</h1>
        {match.isPending ? (
          <Loading />
        ) : match.isError ? (
          <ProblemAlert error={match.error} onRetry={() => void match.refetch()} />
        ) : (
          <>
            <VacancyFacts vacancy={match.data.vacancy} />
            <div className="vacancy-actions">
              <ApplyToVacancy vacancyId={match.data.vacancy.id} applied={Boolean(match.data.applicationStatus)} />
              <div className="mt-3">
                <SaveVacancyButton vacancyId={match.data.vacancy.id} saved={match.data.saved} />
              </div>
            </div>
            <MatchFitSection score={match.data.score} explanation={match.data.explanation} />
            <GapCoursesSection gaps={match.data.gapCourses ?? []} />
          </>
        )}
        <p className="mt-5">
          <Link to={matchingPaths.vacancies}>{t('matching.vacancy.back')}</Link>
        </p>
      </div>
    </div>
  );
}
