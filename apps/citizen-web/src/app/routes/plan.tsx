import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useMyPlan } from '../../features/plan/api/use-my-plan';
import { AgencyServicesList } from '../../features/plan/components/agency-services-list';
import { LogActivityForm } from '../../features/plan/components/log-activity-form';
import { OwnActivitiesList } from '../../features/plan/components/own-activities-list';
import { PattoActionsList } from '../../features/plan/components/patto-actions-list';
import { PattoNotInForceNote } from '../../features/plan/components/patto-not-in-force-note';
import { PeerFeedback } from '../../features/plan/components/peer-feedback';
import '../../features/plan/plan.css';

/** /piano: "Il mio piano", the patto's actions to tick off, my own job-search activities, the services agencies delivered, and the form to record one. */
export function PlanRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('plan.title'));
  const plan = useMyPlan();

  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('plan.title')}</h1>
        <p className="lead">{t('plan.intro')}</p>
        {plan.isPending ? (
          <Loading />
        ) : plan.isError ? (
          <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />
        ) : (
          <>
            {plan.data.peers && <PeerFeedback peers={plan.data.peers} />}
            <PattoActionsList items={plan.data.items.filter((i) => i.source === 'patto')} emptyNote={<PattoNotInForceNote />} />
            <OwnActivitiesList items={plan.data.items.filter((i) => i.source === 'own')} />
            <AgencyServicesList items={plan.data.items.filter((i) => i.source === 'agency')} />
          </>
        )}
        <LogActivityForm />
      </div>
    </div>
  );
}
