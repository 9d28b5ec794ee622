import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useSession } from '../../features/auth/api/use-session';
import { SituationCards } from '../../features/home/components/situation-cards';
import { takeCompanyEntrance } from '../../features/navigation/entrance';
import { useCitizenProfile } from '../../features/profile/api/use-citizen-profile';
import { OfficeSection } from '../../features/profile/components/office-section';
import { PersonalDataSection } from '../../features/profile/components/personal-data-section';
import { impresePaths } from '../../features/imprese/imprese-paths';

/**
 * /profilo: "La mia situazione", where the person lands after login: status cards (DID, next appointment, patto, plan,
 * messages, obligations and certificates when there are any), each read from its owner and linking to its next
 * action; then the personal data and the CPI. A company representative who chose "Imprese" goes to the company area.
 */
export function ProfileRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('home.title'));
  const session = useSession();
  const profile = useCitizenProfile();
  const isEmployer = session.data?.user?.roles.includes('employer') ?? false;
  if (isEmployer && takeCompanyEntrance()) return <Navigate to={impresePaths.vacancies} replace />;

  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <SituationCards />
      <div className="mt-5">
        {profile.isPending ? (
          <Loading />
        ) : profile.isError ? (
          <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} />
        ) : (
          <div className="row g-5 mt-0">
            <div className="col-lg-7">
              <PersonalDataSection profile={profile.data} authenticatedWith={session.data?.user?.authenticatedWith} />
            </div>
            <div className="col-lg-5">
              <OfficeSection office={profile.data.office} />
            </div>
          </div>
        )}
      </div>
    </>
  );
}
