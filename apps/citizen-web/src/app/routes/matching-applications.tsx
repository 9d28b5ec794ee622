import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMyApplications } from '../../features/matching/api/use-my-applications';
import { ApplicationItem } from '../../features/matching/components/application-item';
import { matchingPaths } from '../../features/matching/matching-paths';
import '../../features/matching/matching.css';

/** /candidature: "Le mie candidature", with the consent the CPI may ask before presenting the person by name. */
export function MatchingApplicationsRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('matching.applications.title'));
  const applications = useMyApplications();

  return (
    <div className="row matching-page">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('matching.applications.title')}</h1>
        <p className="lead">{t('matching.applications.intro')}</p>
        {applications.isPending ? (
          <Loading />
        ) : applications.isError ? (
          <ProblemAlert error={applications.error} onRetry={() => void applications.refetch()} />
        ) : applications.data.items.length === 0 ? (
          <>
            <p>{t('matching.applications.empty')}</p>
            <p>
              <Link to={matchingPaths.vacancies}>{t('matching.applications.browse')}</Link>
            </p>
          </>
        ) : (
          <ul className="plain-list">
            {applications.data.items.map((application) => (
              <li key={application.id}>
                <ApplicationItem application={application} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/contatti-aziende">{t('companies.contactRequests.title')}</Link>
        </p>
      </div>
    </div>
  );
}
