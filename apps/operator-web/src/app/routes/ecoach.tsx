import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useEcoach } from '../../features/ecoach/api/use-ecoach';
import { EcoachTable } from '../../features/ecoach/components/ecoach-table';

/** /ecoach: the people the operator follows, their activity and the alerts (inactivity, overdue patto actions). */
export function EcoachRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('ecoach.title'));
  const ecoach = useEcoach();

  return (
    <>
      <h1>{t('ecoach.title')}</h1>
      {ecoach.isPending ? (
        <Loading />
      ) : ecoach.isError ? (
        <ProblemAlert error={ecoach.error} onRetry={() => void ecoach.refetch()} />
      ) : (
        <>
          <p className="lead">{t('ecoach.intro', { days: ecoach.data.inactivityDays })}</p>
          <EcoachTable items={ecoach.data.items} inactivityDays={ecoach.data.inactivityDays} />
        </>
      )}
    </>
  );
}
