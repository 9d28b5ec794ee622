import { CIE_HELP_URL, Loading, OfficeDetails, SPID_HELP_URL } from '@opencpi/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/api/use-session';
import { useStaffProfile } from '../../staff/api/use-staff-profile';

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
  const { t } = useTranslation('operator');
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
    </HelpSection>
  );
}

export function TechnicalHelp() {
  const { t } = useTranslation('operator');
  return (
    <HelpSection title={t('help.phone.title')}>
      <p>{t('help.phone.text')}</p>
    </HelpSection>
  );
}

/** Talking to someone: the CPI manager; when logged in, the offices the operator works in. */
export function InPersonHelp() {
  const { t } = useTranslation('operator');
  const session = useSession();
  const authenticated = session.data?.authenticated === true;
  const me = useStaffProfile({ enabled: authenticated });
  return (
    <HelpSection title={t('help.inPerson.title')}>
      <p>{t('help.inPerson.text')}</p>
      {authenticated &&
        (me.isPending ? (
          <Loading />
        ) : me.data && me.data.offices.length > 0 ? (
          <>
            <p>{t('help.inPerson.yourOffices')}</p>
            <div className="row g-4">
              {me.data.offices.map((office) => (
                <div className="col-lg-6" key={office.id}>
                  <OfficeDetails office={office} headingLevel={3} />
                </div>
              ))}
            </div>
          </>
        ) : null)}
    </HelpSection>
  );
}
