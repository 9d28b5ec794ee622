import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatPhone } from './format';

/** Date and phone formatting in the current UI language (dates in Europe/Rome). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    language,
    date: (isoDate: string | undefined, style: 'long' | 'short' = 'long') => formatDate(isoDate, language, style),
    dateTime: (isoInstant: string | undefined) => formatDateTime(isoInstant, language),
    phone: formatPhone,
  };
}
