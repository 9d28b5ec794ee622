import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../features/auth/api/use-session';
import { useCitizenProfile } from '../../features/profile/api/use-citizen-profile';
import { ImpreseNavLink } from '../../features/imprese/components/imprese-nav-link';
import { OfficeSection } from '../../features/profile/components/office-section';
import { PersonalDataSection } from '../../features/profile/components/personal-data-section';
import { consentPath } from '../../features/consent/consent-paths';
import { certificatesPath } from '../../features/certificates/certificates-paths';
import { portabilityPath } from '../../features/portability/portability-paths';
import { surveysPath } from '../../features/surveys/surveys-paths';
import { delegationsPath } from '../../features/delegations/delegations-paths';
import { ivcPath } from '../../features/ivc/ivc-paths';

export function ProfileRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('profile.title'));
  const session = useSession();
  const profile = useCitizenProfile();
  const journeyId = useId();
  const workId = useId();

  return (
    <>
      <h1>{t('profile.title')}</h1>
      <p className="lead">{t('profile.intro')}</p>
      <p className="mb-2">{t('profile.appointmentsPrompt')}</p>
      <p>
        <Link to="/appuntamenti" className="btn btn-primary">
          {t('profile.appointmentsLink')}
        </Link>
      </p>
      <section className="section-block" aria-labelledby={journeyId}>
        <h2 id={journeyId}>{t('journey.title')}</h2>
        <p>{t('journey.intro')}</p>
        <ul className="list-unstyled">
          <li className="mb-2">
            <Link to="/did">{t('journey.did')}</Link>
          </li>
          <li className="mb-2">
            <Link to="/canale">{t('journey.channel')}</Link>
          </li>
          <li className="mb-2">
            <Link to="/patto">{t('journey.patto')}</Link>
          </li>
          <li className="mb-2">
            <Link to="/piano">{t('journey.plan')}</Link>
          </li>
          <li className="mb-2">
            <Link to="/area-riservata">{t('journey.reservedArea')}</Link>
          </li>
          <li className="mb-2">
            <Link to="/obblighi">{t('condizionalita.nav')}</Link>
          </li>
          <li className="mb-2">
            <Link to={consentPath}>{t('consent.nav')}</Link>
          </li>
          <li className="mb-2">
            <Link to={certificatesPath}>{t('certificates.nav')}</Link>
          </li>
          <li className="mb-2">
            <Link to={portabilityPath}>{t('portability.nav')}</Link>
          </li>
          <li className="mb-2">
            <Link to={surveysPath}>{t('surveys.nav')}</Link>
          </li>
          <li className="mb-2">
            <Link to={ivcPath}>{t('ivc.nav')}</Link>
          </li>
          <li className="mb-2">
            <Link to={delegationsPath}>{t('intermediaries.nav')}</Link>
          </li>
        </ul>
      </section>
      <section className="section-block" aria-labelledby={workId}>
        <h2 id={workId}>{t('matching.title')}</h2>
        <p>{t('matching.links.intro')}</p>
        <ul className="list-unstyled">
          <li className="mb-2">
            <Link to="/profilo-professionale">{t('matching.links.profile')}</Link>
          </li>
          <li className="mb-2">
            <Link to="/offerte">{t('matching.links.vacancies')}</Link>
          </li>
          <li className="mb-2">
            <Link to="/candidature">{t('matching.links.applications')}</Link>
          </li>
          <li className="mb-2">
            <Link to="/corsi">{t('matching.links.courses')}</Link>
          </li>
          <li className="mb-2">
            <Link to="/recruiting-day">{t('matching.links.recruitingDays')}</Link>
          </li>
        </ul>
        <ImpreseNavLink />
      </section>
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
    </>
  );
}
