import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { RegisterCompanyForm } from '../../features/imprese/components/register-company-form';
import { impresePaths } from '../../features/imprese/imprese-paths';

/** /imprese/registrazione: a person signed in with SPID/CIE declares a company; then its profile shows the review status. */
export function ImpreseRegisterRoute() {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  useDocumentTitle(t('companies.register.title'));
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('companies.register.title')}</h1>
        <p className="lead">{t('companies.register.intro')}</p>
        <RegisterCompanyForm onRegistered={() => void navigate(impresePaths.company)} />
      </div>
    </div>
  );
}
