import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useWorklist } from '../../features/patto/api/use-worklist';
import { WorklistTable } from '../../features/patto/components/worklist-table';

/** /presa-in-carico: people with an active DID who have not contacted the CPI yet, overdue or soon due. */
export function WorklistRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('worklist.title'));
  const worklist = useWorklist();

  return (
    <>
      <h1>{t('worklist.title')}</h1>
      <p className="lead">{t('worklist.intro')}</p>
      {worklist.isPending ? (
        <Loading />
      ) : worklist.isError ? (
        <ProblemAlert error={worklist.error} onRetry={() => void worklist.refetch()} />
      ) : (
        <WorklistTable items={worklist.data.items} />
      )}
    </>
  );
}
