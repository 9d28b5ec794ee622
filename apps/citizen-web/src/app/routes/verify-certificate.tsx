import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { verifyPath } from '../../features/certificates/certificates-paths';
import { VerifyCodeForm } from '../../features/certificates/components/verify-code-form';
import { VerifyFileForm } from '../../features/certificates/components/verify-file-form';
import { VerifyResult } from '../../features/certificates/components/verify-result';

/**
 * /verifica and /verifica/:code (public, no login: the QR code on every certificate opens it). With a code: the
 * answer for it; without: the code form. Always the upload-a-PDF check.
 */
export function VerifyCertificateRoute() {
  const { t } = useTranslation('citizen');
  const { code } = useParams();
  useDocumentTitle(t('certificates.verify.title'));
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('certificates.verify.title')}</h1>
        <p className="lead">{t('certificates.verify.intro')}</p>
        {code ? (
          <>
            <p>
              {t('certificates.verify.code')}: <code>{code}</code>
            </p>
            <VerifyResult code={code} />
            <p>
              <Link to={verifyPath}>{t('certificates.verify.another')}</Link>
            </p>
          </>
        ) : (
          <VerifyCodeForm />
        )}
        <VerifyFileForm />
      </div>
    </div>
  );
}
