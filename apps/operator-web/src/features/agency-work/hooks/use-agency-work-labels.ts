import { ASSIGNMENT_END_REASONS, ASSIGNMENT_SOURCES, ASSIGNMENT_STATES, HIRE_CONTRACT_TYPES } from '@opencpi/contracts/browser';
import { useCodeLabels } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

const REASONS = [...ASSIGNMENT_END_REASONS, 'hired', 'ended', 'closed'] as const;
const LAST_EVENTS = ['assigned', 'in_charge', 'ended', 'hired', 'closed'] as const;

const isOneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T => v !== undefined && (list as readonly string[]).includes(v);

/** Codes of the agency-work API worded from the operator catalogue; an unknown code is shown as it is. */
export function useAgencyWorkLabels() {
  const { t } = useTranslation('operator');
  const labels = useCodeLabels();
  return {
    status: (c: string) => (isOneOf(ASSIGNMENT_STATES, c) ? t(`agencyWork.statuses.${c}`) : c),
    source: (c: string) => (isOneOf(ASSIGNMENT_SOURCES, c) ? t(`agencyWork.sources.${c}`) : c),
    reason: (c: string | undefined) => (isOneOf(REASONS, c) ? t(`agencyWork.reasons.${c}`) : (c ?? '')),
    contract: (c: string | undefined) => (isOneOf(HIRE_CONTRACT_TYPES, c) ? t(`agencyWork.contracts.${c}`) : (c ?? '')),
    lastEvent: (c: string) => (isOneOf(LAST_EVENTS, c) ? t(`agencyWork.lastEvents.${c}`) : c),
    /** by the service's standard code (the common `labels.agencyServices`), falling back to the code itself */
    service: (_labelKey: string, code: string) => labels.agencyService(code),
  };
}
