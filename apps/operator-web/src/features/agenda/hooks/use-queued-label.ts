import type { DeliveryResponse } from '@opencpi/contracts';
import { localeOf, todayInRome } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { useAgendaLabels } from './use-agenda-labels';

const romeDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/**
 * A delivery's state in words; a message held back says until when, and why when it is the person's quiet hours:
 * "In coda fino alle 08:00 (ore di silenzio)" (with the day when it is not today).
 */
export function useQueuedLabel(): (d: DeliveryResponse, now?: Date) => string {
  const { t, i18n } = useTranslation('operator');
  const labels = useAgendaLabels();
  const locale = localeOf(i18n.language);
  return (d, now = new Date()) => {
    if (d.status !== 'pending' || !d.queuedUntil) return labels.deliveryStatus(d.status);
    const at = new Date(d.queuedUntil);
    const time = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' }).format(at);
    const date = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric', month: 'long' }).format(at);
    const today = romeDay(d.queuedUntil) === todayInRome(now);
    const tomorrowOrToday = today || romeDay(d.queuedUntil) === romeDay(new Date(now.getTime() + 86_400_000).toISOString());
    if (d.quietHours) return tomorrowOrToday ? t('agendaGrid.deliveries.quietHours', { time }) : t('agendaGrid.deliveries.quietHoursDay', { date, time });
    return t('agendaGrid.deliveries.scheduled', { date, time });
  };
}
