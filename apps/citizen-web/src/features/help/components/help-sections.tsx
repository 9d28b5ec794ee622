import { CIE_HELP_URL, Loading, OfficeDetails, SPID_HELP_URL } from '@opencpi/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth/api/use-session';
import { useCitizenProfile } from '../../profile/api/use-citizen-profile';

function HelpSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="section-block" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function AccessHelp() {
  const { t } = useTranslation('citizen');
  return (
    <HelpSection title={t('help.access.title')}>
      <p>{t('help.access.text')}</p>
      <ul>
        <li>
          <a href={SPID_HELP_URL}>{t('help.access.spid')}</a>
        </li>
        <li>
          <a href={CIE_HELP_URL}>{t('help.access.cie')}</a>
        </li>
      </ul>
      <p>{t('help.access.noSpid')}</p>
    </HelpSection>
  );
}

export function PhoneHelp() {
  const { t } = useTranslation('citizen');
  return (
    <HelpSection title={t('help.phone.title')}>
      <p>{t('help.phone.text')}</p>
    </HelpSection>
  );
}

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
