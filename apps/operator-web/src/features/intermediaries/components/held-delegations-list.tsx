import { Loading, ProblemAlert } from '@opencpi/ui';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useHeldDelegations } from '../api/use-held-delegations';
import { intermediariesPaths } from '../intermediaries-paths';

/** The people who delegated my organisation today, each with what the delegation covers and until when. */
export function HeldDelegationsList() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const held = useHeldDelegations();
  if (held.isPending) return <Loading />;
  if (held.isError) return <ProblemAlert error={held.error} onRetry={() => void held.refetch()} />;
  if (held.data.items.length === 0) return <p>{t('intermediaries.acting.none')}</p>;
  return (
    <ul className="list-unstyled">
      {held.data.items.map((d) => (
        <li key={d.id} className="card card-bg mb-3">
          <div className="card-body">
            <h2 className="h5 card-title">
              <Link to={intermediariesPaths.person(d.citizenId)} aria-label={t('intermediaries.acting.open', { name: d.citizenName })}>
                {d.citizenName}
              </Link>
            </h2>
            <p className="mb-1">{t('intermediaries.acting.scopes', { scopes: d.scopes.map((s) => t(`intermediaries.scopes.${s as 'did'}`)).join(', ') })}</p>
            <p className="mb-0">{t('intermediaries.acting.until', { date: f.date(d.validUntil) })}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
