import { useTranslation } from 'react-i18next';
import { BENEFITS, BREACHES, CASE_STATES, JUSTIFICATION_REASONS, SANCTIONS } from '../condizionalita-options';

const has = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const OBLIGATION_REASONS = ['recipient_naspi', 'recipient_discoll', 'recipient_adi', 'recipient_sfl'] as const;

/**
 * Codes of the condizionalità API rendered from the citizen catalogue. A code this build does not know yet is
 * shown as it is (never an empty cell), except the "why" of an obligation, which falls back to a general sentence.
 */
export function useCondizionalitaLabels() {
  const { t } = useTranslation('citizen');
  return {
    benefit: (code: string) => (has(BENEFITS, code) ? t(`condizionalita.benefitNames.${code}`) : code),
    breachShort: (code: string) => (has(BREACHES, code) ? t(`condizionalita.breaches.${code}.short`) : code),
    breachHappened: (code: string) => (has(BREACHES, code) ? t(`condizionalita.breaches.${code}.happened`) : code),
    obligation: (code: string) => (has(BREACHES, code) ? t(`condizionalita.breaches.${code}.obligation`) : code),
    sanction: (code: string) => (has(SANCTIONS, code) ? t(`condizionalita.sanctions.${code}`) : code),
    state: (code: string) => (has(CASE_STATES, code) ? t(`condizionalita.states.${code}`) : code),
    reason: (code: string) => (has(JUSTIFICATION_REASONS, code) ? t(`condizionalita.reasons.${code}`) : code),
    benefitStatus: (code: string) => (has(['active', 'suspended', 'ended'] as const, code) ? t(`condizionalita.benefits.statuses.${code}`) : code),
    whyObligations: (code: string) => (has(OBLIGATION_REASONS, code) ? t(`condizionalita.benefits.reasons.${code}`) : t('condizionalita.benefits.reasons.fallback')),
    /** the lines of a ladder: "La 1ª volta: …", "Dalla 3ª volta in poi: …" (the last step applies to every further breach) */
    ladder: (sanctions: readonly string[]): string[] => {
      const label = (code: string) => (has(SANCTIONS, code) ? t(`condizionalita.sanctions.${code}`) : code);
      if (sanctions.length === 1) return [t('condizionalita.ladder.only', { sanction: label(sanctions[0] ?? '') })];
      return sanctions.map((code, i) => t(i === sanctions.length - 1 ? 'condizionalita.ladder.last' : 'condizionalita.ladder.step', { step: i + 1, sanction: label(code) }));
    },
  };
}
