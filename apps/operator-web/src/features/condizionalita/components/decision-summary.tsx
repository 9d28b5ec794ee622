import type { CaseDecisionResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';

/** A decision taken: the outcome, the reason or the grounds, who decided and when, who confirmed and when. */
export function DecisionSummary({ decision }: { decision: CaseDecisionResponse }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCondizionalitaLabels();
  const outcome = decision.outcome === 'justified' ? 'justified' : 'not_justified';
  return (
    <>
      <DataList
        items={[
          { label: t('condizionalita.case.decision.outcome'), value: <strong>{t(`condizionalita.case.decision.outcomes.${outcome}`)}</strong> },
          ...(decision.reasonCode ? [{ label: t('condizionalita.case.decision.reason'), value: labels.reason(decision.reasonCode) }] : []),
          ...(decision.reasonText ? [{ label: t('condizionalita.case.decision.grounds'), value: <span className="pre-line">{decision.reasonText}</span> }] : []),
        ]}
      />
      <p className="mb-1">{t('condizionalita.case.decision.decidedBy', { name: decision.decidedByName ?? '—', date: f.dateTime(decision.decidedAt) })}</p>
      {decision.confirmedAt && (
        <p className="mb-1">{t('condizionalita.case.decision.confirmedBy', { name: decision.confirmedByName ?? '—', date: f.dateTime(decision.confirmedAt) })}</p>
      )}
    </>
  );
}
