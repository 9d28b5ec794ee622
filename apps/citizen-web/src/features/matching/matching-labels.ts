import type { MatchExplanationResponse } from '@opencpi/contracts';
import { localeOf, useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import {
  APPLICATION_STATUSES,
  CEFR_LEVELS,
  CONTRACT_TYPES,
  COURSE_MODES,
  EQF_LEVELS,
  LANGUAGES,
  LICENCES,
  OUTCOMES,
  RECRUITING_DAY_MODES,
  WORK_HOURS,
  isOneOf,
} from './matching-options';

/**
 * Labels of the matching values in the current language (contracts, hours, course modes, application states,
 * outcomes, licences, languages), and the wording of a match explanation (the API sends codes): the "what you are
 * missing" list and the one-sentence verdict. A value this build does not know is shown as it came.
 */
export function useMatchingLabels() {
  const { t } = useTranslation('citizen');
  const { language } = useFormatters();
  const locale = localeOf(language);

  const licence = (value: string): string => (isOneOf(LICENCES, value) ? t(`matching.labels.licences.${value}`) : value);
  const languageName = (code: string): string => (isOneOf(LANGUAGES, code) ? t(`matching.labels.languages.${code}`) : code);
  const cefr = (level: string): string => (isOneOf(CEFR_LEVELS, level) ? t(`matching.labels.cefr.${level}`) : level);

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
    contract: (value: string): string => (isOneOf(CONTRACT_TYPES, value) ? t(`matching.labels.contracts.${value}`) : value),
    hours: (value: string): string => (isOneOf(WORK_HOURS, value) ? t(`matching.labels.hours.${value}`) : value),
    courseMode: (value: string): string => (isOneOf(COURSE_MODES, value) ? t(`matching.labels.courseModes.${value}`) : value),
    dayMode: (value: string): string => (isOneOf(RECRUITING_DAY_MODES, value) ? t(`matching.labels.dayModes.${value}`) : value),
    applicationStatus: (value: string): string => (isOneOf(APPLICATION_STATUSES, value) ? t(`matching.labels.applicationStatus.${value}`) : value),
    outcome: (value: string): string => (isOneOf(OUTCOMES, value) ? t(`matching.labels.outcomes.${value}`) : value),
    licence,
    language: languageName,
    cefr,
    eqf: (level: string): string => (isOneOf(EQF_LEVELS, level) ? t(`matching.labels.eqf.${level}`) : level),
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
