import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useAccreditedAgencies } from '../../features/accreditation/api/use-accredited-agencies';
import { AgenciesTable } from '../../features/accreditation/components/agencies-table';

/** /accreditamento: the region's accreditation registry of private agencies (region admin; managers read it). */
export function AccreditationRegistryRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('accreditation.title'));
  const agencies = useAccreditedAgencies();
  return (
    <>
      <h1>{t('accreditation.title')}</h1>
      <p className="lead">{t('accreditation.intro')}</p>
      {agencies.isPending ? (
        <Loading />
      ) : agencies.isError ? (
        <ProblemAlert error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : agencies.data.items.length === 0 ? (
        <p>{t('accreditation.list.empty')}</p>
      ) : (
        <AgenciesTable agencies={agencies.data.items} />
      )}
    </>
  );
}
