import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { AccessLogSection } from '../../features/consent/components/access-log-section';
import { ConsentHelp } from '../../features/consent/components/consent-help';
import { GrantForm } from '../../features/consent/components/grant-form';
import { GrantsSection } from '../../features/consent/components/grants-section';

/**
 * /chi-vede-i-miei-dati: "Chi può vedere i miei dati". The agencies I let see which data (revocable), the form to
 * give a new permission, every read of my data by an agency, and where to get help or go in person.
 */
export function ConsentRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('consent.title'));
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('consent.title')}</h1>
        <p className="lead">{t('consent.intro')}</p>
        <GrantsSection />
        <GrantForm />
        <AccessLogSection />
        <ConsentHelp />
      </div>
    </div>
  );
}
