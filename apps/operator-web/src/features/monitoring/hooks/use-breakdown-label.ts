import { useTranslation } from 'react-i18next';

const KNOWN: Record<string, readonly string[]> = {
  pathway: ['1', '2', '3', '4', 'none'],
  channel: ['in_person', 'video', 'phone'],
  kind: ['invitation', 'convocation', 'booking'],
  event: ['published', 'filled'],
  service: ['appointment', 'patto', 'certificate', 'vacancy'],
};
const BREACHES: readonly string[] = ['missed_appointment', 'missed_orientation', 'missed_training', 'offer_refused', 'psp_not_signed'];

/** The name of a breakdown key (GOL pathway, channel, kind of appointment, breach...); an unknown key as it is. */
export function useBreakdownLabel() {
  const { t } = useTranslation('operator');
  return (dimension: string, key: string): string => {
    if (dimension === 'breach' && BREACHES.includes(key)) return t(`condizionalita.breaches.${key}` as 'condizionalita.breaches.offer_refused');
    if (KNOWN[dimension]?.includes(key)) return t(`monitoring.breakdowns.${dimension}.${key}` as 'monitoring.breakdowns.pathway.1');
    return key;
  };
}
