import { useTranslation } from 'react-i18next';
import { useMyDid } from '../../did/api/use-my-did';
import { useEmploymentStatusLabel } from '../../did/components/did-active-section';
import { useDates } from '../../shared/hooks/use-dates';
import { StatusCard } from './status-card';

/** The DID, as the patto module reports it: active since, with the employment status; or "Dichiara la tua disponibilità". */
export function DidCard() {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const statusLabel = useEmploymentStatusLabel();
  const did = useMyDid();
  const active = did.data?.active;
  return (
    <StatusCard
      title={t('home.did.title')}
      query={did}
      tone={active ? undefined : 'attention'}
      action={{ to: '/did', label: active ? t('home.did.view') : t('home.did.noneAction') }}
    >
      {active ? (
        <>
          <p className="fw-semibold mb-1">{t('home.did.active', { date: dates.day(active.filedAt) })}</p>
          {did.data && <p>{statusLabel(did.data.employmentStatus)}</p>}
        </>
      ) : (
        <p>{t('home.did.none')}</p>
      )}
    </StatusCard>
  );
}
