import type { CongruityCheckResponse, MatchExplanationResponse, VacancyFlagResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { useMatchingLabels } from './use-matching-labels';

const FLAG_CODES = ['age_limit', 'gender', 'appearance', 'nationality', 'family_status'] as const;
const CONGRUITY_RULES = ['distance_short', 'distance_long', 'coherence', 'contract', 'pay_over_benefit'] as const;
const BANDS = ['short', 'medium', 'long'] as const;
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => list.includes(v as T);
const num = (v: string | number | null | undefined): number | null => (typeof v === 'number' ? v : null);

/**
 * The words of what the API sends as codes: a match explanation's verdict on what is required ("Mancano: Inglese B1, Patente B"; the distance has its own column),
 * a flag's reason, a congruity check's rule and detail. An unknown code falls back to what the API sent with it.
 */
export function useExplanationLabels() {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();

  const missing = (e: MatchExplanationResponse): string[] => [
    ...e.missingRequired.map((s) => s.label),
    ...e.missingLanguages.map((l) => t('matching.labels.languageLevel', { language: labels.language(l.language), level: labels.cefr(l.level) })),
    ...e.missingLicences.map(labels.licence),
    ...(e.eqf < e.requiredEqf ? [t('matching.labels.missingEqf', { level: e.requiredEqf })] : []),
  ];

  const checkDetail = (c: CongruityCheckResponse): string => {
    const p = c.params;
    switch (c.rule) {
      case 'distance_short':
      case 'distance_long':
        return num(p['km']) === null
          ? t('matching.labels.congruity.distanceUnknown', { maxKm: p['maxKm'], months: p['months'] })
          : t('matching.labels.congruity.distance', { km: p['km'], maxKm: p['maxKm'], months: p['months'] });
      case 'coherence':
        return isOneOf(BANDS, p['band']) ? t(`matching.labels.congruity.coherence.${p['band']}`) : String(p['band'] ?? '');
      case 'contract':
        return p['contractType'] === 'permanent'
          ? t('matching.labels.congruity.contractPermanent')
          : t('matching.labels.congruity.contractFixed', { months: p['durationMonths'] ?? '?', min: p['minMonths'] });
      case 'pay_over_benefit':
        return num(p['payMin']) === null || num(p['benefit']) === null
          ? t('matching.labels.congruity.payUnknown')
          : t('matching.labels.congruity.payCompared', { pay: p['payMin'], threshold: p['threshold'], benefit: p['benefit'], percent: p['percent'] });
      default:
        return '';
    }
  };

  return {
    missing,
    /** the verdict in one sentence */
    summary: (e: MatchExplanationResponse): string =>
      e.summaryCode === 'missing'
        ? t('matching.labels.summary.missing', { list: missing(e).join(', ') })
        : e.summaryCode === 'no_profile'
          ? t('matching.labels.summary.no_profile')
          : t('matching.labels.summary.all_required'),
    flagReason: (f: VacancyFlagResponse): string => (isOneOf(FLAG_CODES, f.code) ? t(`matching.labels.flagReasons.${f.code}`) : f.reason),
    congruityRule: (rule: string): string => (isOneOf(CONGRUITY_RULES, rule) ? t(`matching.labels.congruity.rules.${rule}`) : rule),
    congruityDetail: checkDetail,
  };
}
