import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useEcoachPerson } from '../../ecoach/api/use-ecoach-person';
import { ActivityList } from '../../ecoach/components/activity-list';

/** "Piano d'azione": the actions of the signed patto and the person's own activities (patto module, as the e-coach reads them). */
export function PlanSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const plan = useEcoachPerson(citizenId);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dossierView.patto.planTitle')}</h2>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />
      ) : (
        <ActivityList citizenId={citizenId} activities={plan.data.activities} />
      )}
      <p>
        <Link to={paths.ecoachPerson(citizenId)}>{t('dossierView.patto.openEcoach')}</Link>
      </p>
    </section>
  );
}
