import { localeOf } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import {
  isCefrLevel, isContractType, isFlagField, isLanguageCode, isLicence, isModerationState, isVacancyHours, isVacancyStatus,
} from './imprese-options';

/** Labels of the company area's values in the current language; unknown values are shown as they are. */
export function useImpreseLabels() {
  const { t, i18n } = useTranslation('citizen');
  const locale = localeOf(i18n.language);
  const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });
  return {
    status: (status: string): string => (isVacancyStatus(status) ? t(`imprese.status.${status}`) : status),
    moderation: (state: string): string => (isModerationState(state) ? t(`imprese.moderation.${state}`) : state),
    contractType: (type: string): string => (isContractType(type) ? t(`imprese.contractTypes.${type}`) : type),
    hours: (hours: string): string => (isVacancyHours(hours) ? t(`imprese.hours.${hours}`) : hours),
    language: (code: string): string => (isLanguageCode(code) ? t(`imprese.languageNames.${code}`) : code),
    level: (level: string): string => (isCefrLevel(level) ? t(`imprese.cefr.${level}`) : level),
    licence: (licence: string): string => (isLicence(licence) ? t(`imprese.licenceNames.${licence}`) : licence),
    eqf: (level: number): string => (level > 0 ? t('imprese.form.eqfLevel', { n: level }) : t('imprese.form.eqfNone')),
    flagField: (field: string): string => (isFlagField(field) ? t(`imprese.flags.fields.${field}`) : field),
    euro: (amount: number): string => euro.format(amount),
  };
}

