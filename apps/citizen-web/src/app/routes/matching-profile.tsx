import { myCvUrl } from '@opencpi/api-client';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMyMatchProfile } from '../../features/matching/api/use-my-match-profile';
import { ProfileForm } from '../../features/matching/components/profile-form';
import { matchingPaths } from '../../features/matching/matching-paths';
import '../../features/matching/matching.css';

/**
 * /profilo-professionale: "Il mio profilo professionale". Pre-filled from the DID until it is saved the first time
 * (an info box says so); once saved, the Europass CV can be downloaded. Then the links to the vacancies and courses.
 */
export function MatchingProfileRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('matching.profile.title'));
  const profile = useMyMatchProfile();
  const nextId = useId();

  return (
    <div className="row matching-page">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('matching.profile.title')}</h1>
        <p className="lead">{t('matching.profile.intro')}</p>
        {profile.isPending ? (
          <Loading />
        ) : profile.isError ? (
          <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} />
        ) : (
          <>
            {!profile.data.saved && <div className="alert alert-info">{t('matching.profile.prefilled')}</div>}
            <ProfileForm profile={profile.data} />
            <section className="section-block" aria-labelledby={nextId}>
              <h2 id={nextId}>{t('matching.profile.next')}</h2>
              <ul className="list-unstyled">
                {profile.data.saved && (
                  <li className="mb-2">
                    <a href={myCvUrl()} download>
                      {t('matching.profile.cv')}
                    </a>
                  </li>
                )}
                <li className="mb-2">
                  <Link to={matchingPaths.vacancies}>{t('matching.profile.vacanciesLink')}</Link>
                </li>
                <li className="mb-2">
                  <Link to={matchingPaths.courses}>{t('matching.profile.coursesLink')}</Link>
                </li>
              </ul>
            </section>
          </>
        )}
      </div>
    </div>
  );
}
