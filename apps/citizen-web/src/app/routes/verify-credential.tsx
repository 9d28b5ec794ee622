import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { VerifyCredentialForm } from '../../features/credentials/components/verify-credential-form';

/** /verifica-credenziale (public, no login): anyone checks an Open Badges 3.0 credential of a CPI. */
export function VerifyCredentialRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('credentials.verify.title'));
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('credentials.verify.title')}</h1>
        <p className="lead">{t('credentials.verify.intro')}</p>
        <VerifyCredentialForm />
      </div>
    </div>
  );
}
