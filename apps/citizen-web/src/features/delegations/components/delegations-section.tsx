import { Loading, ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyDelegations } from '../api/use-my-delegations';
import { DelegationItem } from './delegation-item';

/** "Le tue deleghe": active ones first (each revocable), then expired and revoked. */
export function DelegationsSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const delegations = useMyDelegations();
  const [revoked, setRevoked] = useState<string>();
  const items = [...(delegations.data?.items ?? [])].sort((a, b) => Number(b.state === 'active') - Number(a.state === 'active'));
  const onRevoked = (text: string) => {
    setRevoked(text);
    heading.current?.focus();
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('intermediaries.list.title')}
      </h2>
      <StatusMessage>{revoked ? <p className="mb-0">{revoked}</p> : undefined}</StatusMessage>
      {delegations.isPending ? (
        <Loading />
      ) : delegations.isError ? (
        <ProblemAlert error={delegations.error} onRetry={() => void delegations.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('intermediaries.list.none')}</p>
      ) : (
        <ul className="list-unstyled">
          {items.map((d) => (
            <DelegationItem key={d.id} delegation={d} onRevoked={onRevoked} />
          ))}
        </ul>
      )}
    </section>
  );
}
