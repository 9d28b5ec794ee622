import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { ActionsSection } from '../../features/delegations/components/actions-section';
import { DelegationForm } from '../../features/delegations/components/delegation-form';
import { DelegationsHelp } from '../../features/delegations/components/delegations-help';
import { DelegationsSection } from '../../features/delegations/components/delegations-section';

/**
 * /chi-mi-assiste: "Chi mi assiste". My delegations to patronati, CAF and municipalities (revocable), the form to
 * delegate one, what they did for me, and where to get help or go in person.
 */
export function DelegationsRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('intermediaries.title'));
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('intermediaries.title')}</h1>
        <p className="lead">{t('intermediaries.intro')}</p>
        <DelegationsSection />
        <DelegationForm />
        <ActionsSection />
        <DelegationsHelp />
      </div>
    </div>
  );
}
