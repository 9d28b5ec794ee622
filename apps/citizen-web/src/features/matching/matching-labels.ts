import type { MatchExplanationResponse } from '@opencpi/contracts';
import { localeOf, useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import {
  APPLICATION_STATUSES, CEFR_LEVELS, CONTRACT_TYPES, COURSE_MODES, EQF_LEVELS, LANGUAGES, LICENCES, OUTCOMES, RECRUITING_DAY_MODES,
  WORK_HOURS, isOneOf,
} from './matching-options';

/**
 * Labels of the matching values in the current language (contracts, hours, course modes, application states,
 * outcomes, licences, languages), and the "what you are missing" list of a match explanation.
 * A value this build does not know is shown as it came.
 */
export function useMatchingLabels() {
  const { t } = useTranslation('citizen');
  const { language } = useFormatters();
  const locale = localeOf(language);

  const licence = (value: string): string => {
    if (isOneOf(LICENCES, value)) return t(`matching.labels.licences.${value}`);
    // the explanation may already say it in words: "patente B", "patentino muletto"
    const code = /^patente\s+(\S+)$/i.exec(value.trim())?.[1];
    if (isOneOf(LICENCES, code)) return t(`matching.labels.licences.${code}`);
    if (/^patentino\s+muletto$/i.test(value.trim())) return t('matching.labels.licences.forklift');
    return value.charAt(0).toUpperCase() + value.slice(1);
  };

  /**
   * What the person is missing for a vacancy: required skills, languages (as the API words them), licences
   * ("Patente B") and the study title when the level is below the one required; with `withOptional`, the optional
   * skills too, marked "(facoltativa)".
   */
  const missing = (explanation: MatchExplanationResponse, { withOptional = false }: { withOptional?: boolean } = {}): string[] => [
    ...explanation.missingRequired.map((s) => s.label),
    ...(withOptional ? explanation.missingOptional.map((s) => t('matching.labels.optionalSkill', { label: s.label })) : []),
    ...explanation.missingLanguages,
    ...explanation.missingLicences.map(licence),
    ...(explanation.eqf < explanation.requiredEqf ? [t('matching.labels.missingEqf', { level: explanation.requiredEqf })] : []),
  ];

  return {
    contract: (value: string): string => (isOneOf(CONTRACT_TYPES, value) ? t(`matching.labels.contracts.${value}`) : value),
    hours: (value: string): string => (isOneOf(WORK_HOURS, value) ? t(`matching.labels.hours.${value}`) : value),
    courseMode: (value: string): string => (isOneOf(COURSE_MODES, value) ? t(`matching.labels.courseModes.${value}`) : value),
    dayMode: (value: string): string => (isOneOf(RECRUITING_DAY_MODES, value) ? t(`matching.labels.dayModes.${value}`) : value),
    applicationStatus: (value: string): string =>
      isOneOf(APPLICATION_STATUSES, value) ? t(`matching.labels.applicationStatus.${value}`) : value,
    outcome: (value: string): string => (isOneOf(OUTCOMES, value) ? t(`matching.labels.outcomes.${value}`) : value),
    licence,
    language: (code: string): string => (isOneOf(LANGUAGES, code) ? t(`matching.labels.languages.${code}`) : code),
    cefr: (level: string): string => (isOneOf(CEFR_LEVELS, level) ? t(`matching.labels.cefr.${level}`) : level),
    eqf: (level: string): string => (isOneOf(EQF_LEVELS, level) ? t(`matching.labels.eqf.${level}`) : level),
    missing,
    /** "Affinità: 87%" */
    score: (score: number): string => t('matching.labels.score', { score: Math.round(score) }),
    /** whole kilometres */
    km: (km: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(km)),
    /** an amount in euro, grouped even below 10 000 ("1.400") */
    euro: (amount: number): string =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'always' }).format(amount),
  };
}
