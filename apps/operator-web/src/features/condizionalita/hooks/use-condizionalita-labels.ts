import { useTranslation } from 'react-i18next';
import { BENEFITS, BREACHES, CASE_STATES, JUSTIFICATION_REASONS, SANCTIONS, isOneOf } from '../condizionalita-options';

const TIMELINE_KINDS = [
  'case.opened',
  'convocation.issued',
  'convocation.acknowledged',
  'notification.sent',
  'notification.queued',
  'notification.delivery',
  'justification.submitted',
  'decision.justified',
  'decision.not_justified',
  'confirmation.confirmed',
  'confirmation.returned',
  'measure.decided',
  'measure.reversed',
] as const;
const SOURCES = ['attendance.recorded', 'offer.refused', 'patto.signature-overdue', 'plan.action-missed'] as const;

/** Codes of the condizionalità API rendered from the operator catalogue; an unknown code is shown as it is. */
export function useCondizionalitaLabels() {
  const { t } = useTranslation('operator');
  return {
    benefit: (code: string) => (isOneOf(BENEFITS, code) ? t(`condizionalita.benefits.${code}`) : code),
    breach: (code: string) => (isOneOf(BREACHES, code) ? t(`condizionalita.breaches.${code}`) : code),
    state: (code: string) => (isOneOf(CASE_STATES, code) ? t(`condizionalita.states.${code}`) : code),
    sanction: (code: string) => (isOneOf(SANCTIONS, code) ? t(`condizionalita.sanctions.${code}`) : code),
    reason: (code: string) => (isOneOf(JUSTIFICATION_REASONS, code) ? t(`condizionalita.reasons.${code}`) : code),
    timelineKind: (kind: string) => (isOneOf(TIMELINE_KINDS, kind) ? t(`condizionalita.case.timeline.kinds.${kind}`) : t('condizionalita.case.timeline.kinds.other', { kind })),
    source: (type: string) => (isOneOf(SOURCES, type) ? t(`condizionalita.case.facts.sources.${type}`) : t('condizionalita.case.facts.sources.other', { type })),
  };
}
