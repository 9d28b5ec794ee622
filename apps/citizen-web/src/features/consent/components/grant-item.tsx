import type { ConsentGrantResponse } from '@opencpi/contracts';
import { DataList, ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
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
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const part = labels.part(grant.part);
  const names = { agency: grant.agencyName, part };

  const close = () => {
    if (revoke.isPending) return;
    setConfirming(false);
    revoke.reset();
    setTimeout(() => revokeButton.current?.focus(), 0);
  };
  const confirm = () => {
    if (revoke.isPending) return;
    revoke.mutate(grant.id, { onSuccess: () => onRevoked(t('consent.grants.revoked', names)) });
  };

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
        {!confirming ? (
          <button ref={revokeButton} type="button" className="btn btn-outline-danger" aria-label={t('consent.grants.revokeLabel', names)} onClick={() => setConfirming(true)}>
            {t('consent.grants.revoke')}
          </button>
        ) : (
          <div role="group" aria-labelledby={`${id}-question`}>
            <p id={`${id}-question`} className="fw-semibold">
              {t('consent.grants.revokeQuestion', names)}
            </p>
            {revoke.isError && <ProblemAlert error={revoke.error} />}
            <div className="d-flex flex-wrap gap-2">
              <button type="button" className="btn btn-danger" aria-busy={revoke.isPending} onClick={confirm}>
                {revoke.isPending ? t('consent.grants.revoking') : t('consent.grants.revokeConfirm')}
              </button>
              <button type="button" className="btn btn-outline-primary" onClick={close}>
                {t('consent.grants.revokeCancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </li>
  );
}
