import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { OrganisationsList } from '../../features/intermediaries/components/organisations-list';
import { RegisterOrganisationForm } from '../../features/intermediaries/components/register-organisation-form';

/** /patronati: the region admin's register of patronati, CAF and municipality desks, and their operators. */
export function IntermediariesRegisterRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('intermediaries.register.title'));
  return (
    <>
      <h1>{t('intermediaries.register.title')}</h1>
      <p className="lead">{t('intermediaries.register.intro')}</p>
      <OrganisationsList />
      <RegisterOrganisationForm />
    </>
  );
}
