import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { HeldDelegationsList } from '../../features/intermediaries/components/held-delegations-list';
import { UploadDelegationForm } from '../../features/intermediaries/components/upload-delegation-form';

/** /assistiti: an intermediary's operator's home, the people who delegated their organisation, and uploading a delegation signed on paper. */
export function IntermediaryPeopleRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('intermediaries.acting.title'));
  return (
    <>
      <h1>{t('intermediaries.acting.title')}</h1>
      <p className="lead">{t('intermediaries.acting.intro')}</p>
      <HeldDelegationsList />
      <UploadDelegationForm />
    </>
  );
}
