import type { CoachAlertResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/**
 * The text of an e-coach alert: "Nessuna attività da N giorni" (N: the number the API puts in `detail`, else the
 * inactivity threshold), "Azione scaduta: <detail>", followed by "promemoria inviato il …" when a reminder was sent.
 */
export function useAlertText(inactivityDays: number | undefined) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  return (alert: CoachAlertResponse): string => {
    let text: string;
    if (alert.kind === 'inactive') {
      const days = alert.detail && /^\d+$/.test(alert.detail.trim()) ? Number(alert.detail.trim()) : inactivityDays;
      text = t('ecoach.alerts.inactive', { days: days ?? '' });
    } else if (alert.kind === 'missed_action') {
      text = t('ecoach.alerts.missed_action', { detail: alert.detail ?? '' });
    } else {
      text = alert.detail ? `${alert.kind}: ${alert.detail}` : alert.kind;
    }
    return alert.nudgedAt ? `${text} – ${t('ecoach.alerts.nudged', { date: f.dateTime(alert.nudgedAt) })}` : text;
  };
}
