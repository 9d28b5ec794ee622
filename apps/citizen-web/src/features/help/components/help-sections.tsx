import { HelpSection, Loading, OfficeDetails } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/api/use-session';
import { useCitizenProfile } from '../../profile/api/use-citizen-profile';

/** "Preferisco andare di persona": how to reach the CPI, with the person's own office when logged in. */
export function InPersonHelp() {
  const { t } = useTranslation('citizen');
  const session = useSession();
  const authenticated = session.data?.authenticated === true;
  const profile = useCitizenProfile({ enabled: authenticated });
  return (
    <HelpSection title={t('help.inPerson.title')}>
      <p>{t('help.inPerson.text')}</p>
      {!authenticated ? (
        <p>
          {t('help.inPerson.loginPrompt')} <Link to="/">{t('help.inPerson.loginLink')}</Link>
        </p>
      ) : profile.isPending ? (
        <Loading />
      ) : profile.data?.office ? (
        <>
          <p>{t('help.inPerson.yourOffice')}</p>
          <div className="row">
            <div className="col-lg-8">
              <OfficeDetails office={profile.data.office} headingLevel={3} />
            </div>
          </div>
        </>
      ) : (
        <p>{t('help.inPerson.noOffice')}</p>
      )}
    </HelpSection>
  );
}
