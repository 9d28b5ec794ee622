import { useTranslation } from 'react-i18next';

const VERSION_STATUSES = ['draft', 'proposed', 'signed', 'amended', 'closed'] as const;
const PARTIES = ['citizen', 'operator', 'agency'] as const;
type Party = (typeof PARTIES)[number];
const isVersionStatus = (value: string): value is (typeof VERSION_STATUSES)[number] => (VERSION_STATUSES as readonly string[]).includes(value);
export const isParty = (value: string): value is Party => (PARTIES as readonly string[]).includes(value);

/** Labels of the patto's values in the current language (status, parties, signature methods, action providers). */
export function usePattoLabels() {
  const { t } = useTranslation('citizen');
  return {
    status: (status: string): string => (isVersionStatus(status) ? t(`patto.status.${status}`) : status),
    party: (party: string): string => (isParty(party) ? t(`patto.parties.${party}`) : party),
    method: (method: string, spidLevel?: number): string => {
      switch (method) {
        case 'otp_remote':
          return spidLevel ? t('patto.signatures.methods.otp_remote', { level: spidLevel }) : t('patto.signatures.methods.otp_remote_no_level');
        case 'session':
          return t('patto.signatures.methods.session');
        case 'in_person_scan':
          return t('patto.signatures.methods.in_person_scan');
        default:
          return method;
      }
    },
    provider: (provider: string, agencyName?: string): string =>
      provider === 'agency' ? (agencyName ?? t('patto.actions.providers.agency')) : provider === 'cpi' ? t('patto.actions.providers.cpi') : provider,
  };
}

/** Bootstrap Italia background of the status badge (all with white text at AA contrast). */
export function statusBadgeClass(status: string): string {
  switch (status) {
    case 'proposed':
      return 'bg-primary';
    case 'signed':
      return 'bg-success';
    default:
      return 'bg-secondary';
  }
}
