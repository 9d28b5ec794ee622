import type { CoachAlertResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { useAlertText } from '../hooks/use-alert-text';

/** The alerts of one person, or "Nessun avviso". */
export function AlertList({ alerts, inactivityDays }: { alerts: readonly CoachAlertResponse[]; inactivityDays?: number }) {
  const { t } = useTranslation('operator');
  const text = useAlertText(inactivityDays);
  if (alerts.length === 0) return <>{t('ecoach.noAlerts')}</>;
  return (
    <ul className="alert-list mb-0 ps-3">
      {alerts.map((alert, i) => (
        <li key={`${alert.kind}-${alert.raisedOn}-${i}`}>{text(alert)}</li>
      ))}
    </ul>
  );
}
