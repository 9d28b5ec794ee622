import type { MatchExplanationResponse, VacancyFlagResponse } from '@opencpi/contracts';
import { localeOf } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { isCefrLevel, isContractType, isFlagCode, isFlagField, isLanguageCode, isLicence, isModerationState, isVacancyHours, isVacancyStatus } from './imprese-options';

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
    /** a flag's reason by its code (the API's own wording only for a rule this build does not know) */
    flagReason: (flag: VacancyFlagResponse): string => (isFlagCode(flag.code) ? t(`imprese.flags.reasons.${flag.code}`) : flag.reason),
    /** "Mancano: Inglese B1, Patente B · a 8 km", "Tutti i requisiti richiesti · a 8 km" */
    summary: (e: MatchExplanationResponse): string => {
      const km = Math.round(e.distanceKm);
      if (e.summaryCode !== 'missing') return e.summaryCode === 'no_profile' ? t('imprese.candidates.summary.no_profile') : t('imprese.candidates.summary.all_required', { km });
      const missing = [
        ...e.missingRequired.map((s) => s.label),
        ...e.missingLanguages.map(
          (l) => `${isLanguageCode(l.language) ? t(`imprese.languageNames.${l.language}`) : l.language} ${isCefrLevel(l.level) ? t(`imprese.cefr.${l.level}`) : l.level}`,
        ),
        ...e.missingLicences.map((l) => (isLicence(l) ? t(`imprese.licenceNames.${l}`) : l)),
        ...(e.eqf < e.requiredEqf ? [t('imprese.candidates.missingEqf', { level: e.requiredEqf })] : []),
      ];
      return t('imprese.candidates.summary.missing', { list: missing.join(', '), km });
    },
  };
}
