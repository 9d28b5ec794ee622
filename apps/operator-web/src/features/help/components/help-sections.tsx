import { HelpSection, Loading, OfficeDetails } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/api/use-session';
import { useStaffProfile } from '../../staff/api/use-staff-profile';

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
