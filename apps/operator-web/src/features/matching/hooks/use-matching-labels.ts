import { localeOf, useCodeLabels } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { isApplicationStatus, isConsent } from '../matching-options';

/** Labels of matching's codes; a code this build does not know is shown as sent. */
export function useMatchingLabels() {
  const { t, i18n } = useTranslation('operator');
  const euro = new Intl.NumberFormat(localeOf(i18n.language), { maximumFractionDigits: 2 });
  const codes = useCodeLabels();
  return {
    none: t('matching.labels.none'),
    yesNo: (value: boolean) => (value ? t('matching.labels.yes') : t('matching.labels.no')),
    vacancyStatus: codes.vacancyStatus,
    moderation: codes.moderation,
    contractType: codes.contractType,
    hours: codes.hours,
    /** "Nessuno", "4 – Diploma", … */
    eqf: codes.eqf,
    cefr: codes.cefr,
    language: codes.language,
    licence: codes.licence,
    courseMode: codes.courseMode,
    dayMode: codes.dayMode,
    /** applied, proposed, shortlisted; anything else (or nothing) is "—" */
    applicationStatus: (s: string | undefined) => (isApplicationStatus(s) ? t(`matching.labels.applicationStatus.${s}`) : t('matching.labels.none')),
    /** the person's consent to show their name to the employer; no consent asked yet is "none" */
    consent: (c: string | undefined) => {
      const code = c ?? 'none';
      return isConsent(code) ? t(`matching.labels.consent.${code}`) : code;
    },
    /** interview, hired, not_selected, offer_refused; none is "—" */
    outcome: (o: string | undefined) => (!o || o === 'none' ? t('matching.labels.none') : codes.outcome(o)),
    /** "73%" */
    score: (score: number) => t('matching.labels.score', { score: Math.round(score) }),
    /** "12 km" */
    distance: (km: number) => t('matching.labels.distance', { km: Math.round(km) }),
    /** "da 1.400 a 1.700 €", "da 1.400 €", "fino a 1.700 €", or undefined */
    pay: (min: number | undefined, max: number | undefined) =>
      min !== undefined && max !== undefined
        ? t('matching.labels.payRange', { min: euro.format(min), max: euro.format(max) })
        : min !== undefined
          ? t('matching.labels.payFrom', { min: euro.format(min) })
          : max !== undefined
            ? t('matching.labels.payUpTo', { max: euro.format(max) })
            : undefined,
    months: (count: number) => t('matching.labels.months', { count }),
    /** title or description: where a flag was found */
    field: (f: string) => (f === 'title' || f === 'description' ? t(`matching.labels.field.${f}`) : f),
  };
}
