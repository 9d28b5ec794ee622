import type { MatchExplanationResponse } from '@opencpi/contracts';
import { localeOf, useCodeLabels, useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, isOneOf } from './matching-options';

/**
 * Labels of the matching values in the current language (contracts, hours, course modes, application states,
 * outcomes, licences, languages), and the wording of a match explanation (the API sends codes): what the person has,
 * what is missing of what is required, optional requirements apart, the distance as a fact. A value this build does not know is shown as it came.
 */
export function useMatchingLabels() {
  const { t } = useTranslation('citizen');
  const { language } = useFormatters();
  const locale = localeOf(language);
  const codes = useCodeLabels();
  const { licence, cefr, language: languageName } = codes;

  /** What the person already has: required and optional skills met, the occupation. */
  const have = (e: MatchExplanationResponse): string[] => [
    ...e.metRequired.map((s) => s.label),
    ...e.metOptional.map((s) => s.label),
    ...(e.occupationMatch === 'same' ? [t('matching.vacancy.fit.same')] : e.occupationMatch === 'group' ? [t('matching.vacancy.fit.group')] : []),
  ];

  /**
   * What the person misses of what is REQUIRED: skills, languages ("Inglese B1"), licences ("Patente B") and the study
   * title when the level is below the one required. The distance is not a gap (it is said apart, as a fact).
   */
  const missing = (e: MatchExplanationResponse): string[] => [
    ...e.missingRequired.map((s) => s.label),
    ...e.missingLanguages.map((l) => t('matching.labels.languageLevel', { language: languageName(l.language), level: cefr(l.level) })),
    ...e.missingLicences.map(licence),
    ...(e.eqf < e.requiredEqf ? [t('matching.labels.missingEqf', { level: e.requiredEqf })] : []),
  ];

  /** Optional skills the person does not have, without those a missing language already says ("inglese" and "Inglese A2"). */
  const missingOptional = (e: MatchExplanationResponse): string[] => {
    const languages = e.missingLanguages.map((l) => languageName(l.language).toLocaleLowerCase(locale));
    return e.missingOptional.map((s) => s.label).filter((label) => !languages.some((l) => label.toLocaleLowerCase(locale).includes(l)));
  };

  const km = (value: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(value));

  /** The explanation in sentences: what you have, what is missing (or "all required"), optional ones apart. */
  const sentences = (e: MatchExplanationResponse): string[] => {
    if (e.summaryCode === 'no_profile') return [t('matching.labels.explain.noProfile')];
    const h = have(e);
    const m = missing(e);
    const o = missingOptional(e);
    return [
      ...(h.length ? [t('matching.labels.explain.have', { list: h.join(', ') })] : []),
      m.length ? t('matching.labels.explain.missing', { list: m.join(', ') }) : t('matching.labels.explain.allRequired'),
      ...(o.length ? [t('matching.labels.explain.optional', { list: o.join(', ') })] : []),
    ];
  };

  /** The distance as a fact: "A 8 km da casa tua", under 1 km "Nel tuo comune…" (never "A 0 km"). */
  const distance = (e: MatchExplanationResponse): string =>
    e.distanceKm < 1 ? t('matching.labels.explain.distanceHere') : t('matching.labels.explain.distance', { km: km(e.distanceKm) });

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
    have,
    missing,
    missingOptional,
    sentences,
    distance,
    /** "Affinità: 87%" */
    score: (score: number): string => t('matching.labels.score', { score: Math.round(score) }),
    /** whole kilometres */
    km,
    /** an amount in euro, grouped even below 10 000 ("1.400") */
    euro: (amount: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'always' }).format(amount),
  };
}
