import { documentContentUrl } from '@opencpi/api-client';
import { useFormatters } from '@opencpi/i18n';
import { Loading, ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePendingDelegations } from '../api/use-pending-delegations';
import { ReviewDelegationForm } from './review-delegation-form';

/** Delegations uploaded signed by intermediaries for people of my offices: open the PDF, then approve or reject. */
export function PendingDelegationsList() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const pending = usePendingDelegations();
  const [done, setDone] = useState<string>();
  return (
    <>
      <StatusMessage>{done ? <p className="mb-0">{done}</p> : undefined}</StatusMessage>
      {pending.isPending ? (
        <Loading />
      ) : pending.isError ? (
        <ProblemAlert error={pending.error} onRetry={() => void pending.refetch()} />
      ) : pending.data.items.length === 0 ? (
        <p>{t('intermediaries.review.none')}</p>
      ) : (
        <ul className="list-unstyled">
          {pending.data.items.map((d) => (
            <li key={d.id} className="card card-bg mb-3">
              <div className="card-body">
                <h2 className="h5 card-title">{t('intermediaries.review.item', { person: d.citizenName, organisation: d.organisationName })}</h2>
                <p className="mb-1">{t('intermediaries.acting.scopes', { scopes: d.scopes.map((s) => t(`intermediaries.scopes.${s as 'did'}`)).join(', ') })}</p>
                <p>{t('intermediaries.acting.until', { date: f.date(d.validUntil) })}</p>
                {d.documentId && (
                  <p>
                    <a href={documentContentUrl(d.documentId, d.citizenId)} target="_blank" rel="noreferrer">
                      {t('intermediaries.review.open', { person: d.citizenName })}
                    </a>
                  </p>
                )}
                <ReviewDelegationForm
                  delegationId={d.id}
                  onDone={(decision) => setDone(t(`intermediaries.review.done.${decision}`, { person: d.citizenName, organisation: d.organisationName }))}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
