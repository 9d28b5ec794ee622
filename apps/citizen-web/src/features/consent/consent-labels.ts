import { useTranslation } from 'react-i18next';

const PARTS = ['registry', 'did', 'profile', 'patto', 'plan', 'appointments', 'documents'] as const;
const PURPOSES = ['job_placement', 'gol_pathway', 'guidance', 'training', 'other'] as const;
const STATES = ['active', 'scheduled', 'expired', 'revoked'] as const;
const isOne = <T extends string>(list: readonly T[], v: string | undefined): v is T => !!v && (list as readonly string[]).includes(v);

/** The words of the consent codes the API sends (parts, purposes, states); an unknown code shows as a dash. */
export function useConsentLabels() {
  const { t } = useTranslation('citizen');
  return {
    part: (p: string | undefined) => (isOne(PARTS, p) ? t(`consent.parts.${p}`) : t('consent.log.unknown')),
    purpose: (p: string | undefined, text?: string) => (isOne(PURPOSES, p) ? (p === 'other' && text ? text : t(`consent.purposes.${p}`)) : t('consent.log.unknown')),
    state: (s: string) => (isOne(STATES, s) ? t(`consent.states.${s}`) : s),
  };
}
