import type { MeasureResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';
import { SendState } from './send-state';

/** "Misure": each measure of the case with its rule (version, step, source), its date and its send to INPS. */
export function MeasuresSection({ measures, canRetry }: { measures: readonly MeasureResponse[]; canRetry: boolean }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCondizionalitaLabels();
  const headingId = useId();
  if (measures.length === 0) return null;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.case.measures.title')}</h2>
      {measures.map((m) => (
        <DataList
          key={m.id}
          className="measure-item"
          items={[
            { label: t('condizionalita.case.measures.sanction'), value: <strong>{labels.sanction(m.sanction)}</strong> },
            { label: t('condizionalita.case.measures.step'), value: String(m.step) },
            { label: t('condizionalita.case.measures.rule'), value: t('condizionalita.case.measures.ruleValue', { rule: labels.breach(m.ruleCode), version: m.ruleVersion }) },
            {
              label: t('condizionalita.case.measures.source'),
              value: (
                <>
                  {m.legalSource}
                  {!m.verified && <span className="badge bg-secondary ms-2">{t('condizionalita.case.measures.toVerify')}</span>}
                </>
              ),
            },
            { label: t('condizionalita.case.measures.decidedOn'), value: <time dateTime={m.decidedOn}>{f.date(m.decidedOn)}</time> },
            ...(m.reversalOf ? [{ label: t('condizionalita.case.measures.reversalOf'), value: m.appealReference ?? m.reversalOf }] : []),
            ...(m.reversedBy ? [{ label: t('condizionalita.case.measures.reversedBy'), value: m.reversedBy }] : []),
            { label: t('condizionalita.case.measures.send'), value: <SendState send={m.sendState} canRetry={canRetry} /> },
          ]}
        />
      ))}
      <p className="small">{t('condizionalita.case.letterNote')}</p>
    </section>
  );
}
