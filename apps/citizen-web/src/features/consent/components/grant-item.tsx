import type { ConsentGrantResponse } from '@opencpi/contracts';
import { ConfirmAction, DataList } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useRevokeConsent } from '../api/use-revoke-consent';
import { useConsentLabels } from '../consent-labels';

/**
 * One grant in force (or not yet started): agency, data, purpose, period and state, and "Revoca" with an inline
 * confirmation. `onRevoked` says what was revoked (the section announces it, as the grant leaves this list).
 */
export function GrantItem({ grant, onRevoked }: { grant: ConsentGrantResponse; onRevoked: (text: string) => void }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = useConsentLabels();
  const revoke = useRevokeConsent();
  const part = labels.part(grant.part);
  const names = { agency: grant.agencyName, part };

  return (
    <li className="card card-bg consent-grant mb-3">
      <div className="card-body">
        <h3 className="h5 card-title">{grant.agencyName}</h3>
        <DataList
          className="mb-3"
          items={[
            { label: t('consent.grants.part'), value: part },
            { label: t('consent.grants.purpose'), value: labels.purpose(grant.purpose, grant.purposeText) },
            { label: t('consent.grants.period'), value: t('consent.grants.periodValue', { from: dates.day(grant.validFrom), until: dates.day(grant.validUntil) }) },
            { label: t('consent.grants.state'), value: labels.state(grant.state) },
          ]}
        />
        {grant.source === 'patto' && <p className="small">{t('consent.grants.fromPatto')}</p>}
        <ConfirmAction
          triggerLabel={t('consent.grants.revoke')}
          triggerAriaLabel={t('consent.grants.revokeLabel', names)}
          question={t('consent.grants.revokeQuestion', names)}
          confirmLabel={t('consent.grants.revokeConfirm')}
          busyLabel={t('consent.grants.revoking')}
          cancelLabel={t('consent.grants.revokeCancel')}
          busy={revoke.isPending}
          error={revoke.isError ? revoke.error : undefined}
          onConfirm={() => revoke.mutate(grant.id, { onSuccess: () => onRevoked(t('consent.grants.revoked', names)) })}
          onCancel={() => revoke.reset()}
        />
      </div>
    </li>
  );
}
