import type { MatchExplanationResponse } from '@opencpi/contracts';
import { localeOf, useCodeLabels, useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, isOneOf } from './matching-options';

/**
 * Labels of the matching values in the current language (contracts, hours, course modes, application states,
 * outcomes, licences, languages), and the wording of a match explanation (the API sends codes): the "what you are
 * missing" list and the one-sentence verdict. A value this build does not know is shown as it came.
 */
export function useMatchingLabels() {
  const { t } = useTranslation('citizen');
  const { language } = useFormatters();
  const locale = localeOf(language);
  const codes = useCodeLabels();
  const { licence, cefr, language: languageName } = codes;

  /**
   * What the person is missing for a vacancy: required skills, languages ("Inglese B1"), licences ("Patente B") and
   * the study title when the level is below the one required; with `withOptional`, the optional skills too, marked
   * "(facoltativa)".
   */
  const missing = (explanation: MatchExplanationResponse, { withOptional = false }: { withOptional?: boolean } = {}): string[] => [
    ...explanation.missingRequired.map((s) => s.label),
    ...(withOptional ? explanation.missingOptional.map((s) => t('matching.labels.optionalSkill', { label: s.label })) : []),
    ...explanation.missingLanguages.map((l) => t('matching.labels.languageLevel', { language: languageName(l.language), level: cefr(l.level) })),
    ...explanation.missingLicences.map(licence),
    ...(explanation.eqf < explanation.requiredEqf ? [t('matching.labels.missingEqf', { level: explanation.requiredEqf })] : []),
  ];

  const km = (value: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(value));

  /** The explanation's verdict in one sentence: "Mancano: Inglese B1, Patente B · a 8 km", "Tutti i requisiti richiesti · a 8 km". */
  const summary = (explanation: MatchExplanationResponse): string =>
    explanation.summaryCode === 'no_profile'
      ? t('matching.labels.summary.no_profile')
      : explanation.summaryCode === 'missing'
        ? t('matching.labels.summary.missing', { list: missing(explanation).join(', '), km: km(explanation.distanceKm) })
        : t('matching.labels.summary.all_required', { km: km(explanation.distanceKm) });

  return {
    contract: codes.contractType,
    hours: codes.hours,
    courseMode: codes.courseMode,
    dayMode: codes.dayMode,
    applicationStatus: (value: string): string => (isOneOf(APPLICATION_STATUSES, value) ? t(`matching.labels.applicationStatus.${value}`) : value),
    outcome: codes.outcome,
    licence,
    language: languageName,
    cefr,
    eqf: codes.eqf,
    missing,
    summary,
    /** "Affinità: 87%" */
    score: (score: number): string => t('matching.labels.score', { score: Math.round(score) }),
    /** whole kilometres */
    km,
    /** an amount in euro, grouped even below 10 000 ("1.400") */
    euro: (amount: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'always' }).format(amount),
  };
}
