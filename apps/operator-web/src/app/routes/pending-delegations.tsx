import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { PendingDelegationsList } from '../../features/intermediaries/components/pending-delegations-list';

/** /deleghe: CPI staff check the delegations intermediaries uploaded signed for people of their offices. */
export function PendingDelegationsRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('intermediaries.review.title'));
  return (
    <>
      <h1>{t('intermediaries.review.title')}</h1>
      <p className="lead">{t('intermediaries.review.intro')}</p>
      <PendingDelegationsList />
    </>
  );
}
