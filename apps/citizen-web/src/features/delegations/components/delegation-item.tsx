import type { DelegationResponse } from '@opencpi/contracts';
import { ConfirmAction, DataList } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useRevokeDelegation } from '../api/use-revoke-delegation';

/** One delegation: organisation, what it may do, period and state, and "Revoca la delega" (active ones) with an inline confirmation. */
export function DelegationItem({ delegation, onRevoked }: { delegation: DelegationResponse; onRevoked: (text: string) => void }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const revoke = useRevokeDelegation();
  const name = delegation.organisationName;

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
        {delegation.state === 'active' && (
          <ConfirmAction
            triggerLabel={t('intermediaries.list.revoke')}
            triggerAriaLabel={t('intermediaries.list.revokeLabel', { name })}
            question={t('intermediaries.list.revokeQuestion', { name })}
            confirmLabel={t('intermediaries.list.revokeConfirm')}
            busyLabel={t('intermediaries.list.revoking')}
            cancelLabel={t('intermediaries.list.revokeCancel')}
            busy={revoke.isPending}
            error={revoke.isError ? revoke.error : undefined}
            onConfirm={() => revoke.mutate(delegation.id, { onSuccess: () => onRevoked(t('intermediaries.list.revoked', { name })) })}
            onCancel={() => revoke.reset()}
          />
        )}
      </div>
    </li>
  );
}
