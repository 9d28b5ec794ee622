import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { CertificatesHelp } from '../../features/certificates/components/certificates-help';
import { CertificatesSection } from '../../features/certificates/components/certificates-section';
import { RequestCertificateForm } from '../../features/certificates/components/request-certificate-form';
import { VerificationsSection } from '../../features/certificates/components/verifications-section';
import { RateServiceBlock } from '../../features/surveys/components/rate-service-block';

/**
 * /certificati: "I miei certificati". Request a sealed certificate (attestation at a date, status history, SAP
 * extract, copy of a signed patto) in Italian or English, download the ones issued, see who verified them.
 */
export function CertificatesRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('certificates.title'));
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('certificates.title')}</h1>
        <p className="lead">{t('certificates.intro')}</p>
        <RequestCertificateForm />
        <CertificatesSection />
        <VerificationsSection />
        <CertificatesHelp />
        <RateServiceBlock serviceKind="certificate" />
      </div>
    </div>
  );
}
