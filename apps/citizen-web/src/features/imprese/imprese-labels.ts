import type { MatchExplanationResponse, VacancyFlagResponse } from '@opencpi/contracts';
import { localeOf, useCodeLabels } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { isFlagCode, isFlagField } from './imprese-options';

/** Labels of the company area's values in the current language; unknown values are shown as they are. */
export function useImpreseLabels() {
  const { t, i18n } = useTranslation('citizen');
  const locale = localeOf(i18n.language);
  const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });
  const codes = useCodeLabels();
  return {
    status: codes.vacancyStatus,
    moderation: codes.moderation,
    contractType: codes.contractType,
    hours: codes.hours,
    language: codes.language,
    level: codes.cefr,
    licence: codes.licence,
    eqf: codes.eqf,
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
        ...e.missingLanguages.map((l) => `${codes.language(l.language)} ${codes.cefr(l.level)}`),
        ...e.missingLicences.map(codes.licence),
        ...(e.eqf < e.requiredEqf ? [t('imprese.candidates.missingEqf', { level: e.requiredEqf })] : []),
      ];
      return t('imprese.candidates.summary.missing', { list: missing.join(', '), km });
    },
  };
}
