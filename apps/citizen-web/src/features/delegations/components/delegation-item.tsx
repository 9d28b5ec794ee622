import type { DelegationResponse } from '@opencpi/contracts';
import { DataList, ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useRevokeDelegation } from '../api/use-revoke-delegation';

/** One delegation: organisation, what it may do, period and state, and "Revoca la delega" (active ones) with an inline confirmation. */
export function DelegationItem({ delegation, onRevoked }: { delegation: DelegationResponse; onRevoked: (text: string) => void }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const revoke = useRevokeDelegation();
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const name = delegation.organisationName;
  const close = () => {
    if (revoke.isPending) return;
    setConfirming(false);
    revoke.reset();
    setTimeout(() => revokeButton.current?.focus(), 0);
  };
  const confirm = () => {
    if (revoke.isPending) return;
    revoke.mutate(delegation.id, { onSuccess: () => onRevoked(t('intermediaries.list.revoked', { name })) });
  };

  return (
    <li className="card card-bg mb-3">
      <div className="card-body">
        <h3 className="h5 card-title">{name}</h3>
        <DataList
          className="mb-3"
          items={[
            { label: t('intermediaries.list.scopes'), value: delegation.scopes.map((s) => t(`intermediaries.scopes.${s as 'did'}`)).join(', ') },
            {
              label: t('intermediaries.list.period'),
              value: t('intermediaries.list.periodValue', { from: dates.day(delegation.validFrom), until: dates.day(delegation.validUntil) }),
            },
            { label: t('intermediaries.list.state'), value: t(`intermediaries.states.${delegation.state as 'active'}`) },
          ]}
        />
        {delegation.state === 'active' &&
          (!confirming ? (
            <button
              ref={revokeButton}
              type="button"
              className="btn btn-outline-danger"
              aria-label={t('intermediaries.list.revokeLabel', { name })}
              onClick={() => setConfirming(true)}
            >
              {t('intermediaries.list.revoke')}
            </button>
          ) : (
            <div role="group" aria-labelledby={`${id}-question`}>
              <p id={`${id}-question`} className="fw-semibold">
                {t('intermediaries.list.revokeQuestion', { name })}
              </p>
              {revoke.isError && <ProblemAlert error={revoke.error} />}
              <div className="d-flex flex-wrap gap-2">
                <button type="button" className="btn btn-danger" aria-busy={revoke.isPending} onClick={confirm}>
                  {revoke.isPending ? t('intermediaries.list.revoking') : t('intermediaries.list.revokeConfirm')}
                </button>
                <button type="button" className="btn btn-outline-primary" onClick={close}>
                  {t('intermediaries.list.revokeCancel')}
                </button>
              </div>
            </div>
          ))}
      </div>
    </li>
  );
}
