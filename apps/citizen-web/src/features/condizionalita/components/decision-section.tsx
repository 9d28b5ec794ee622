import { conditionalityLetterUrl } from '@opencpi/api-client';
import type { ConditionalityCaseResponse, MeasureResponse } from '@opencpi/contracts';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';

/** One measure: what it is, when it was decided, the law; whether it was reversed; where it stands with INPS if told. */
function MeasureItem({ measure }: { measure: MeasureResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = useCondizionalitaLabels();
  const send = measure.sendState;
  return (
    <div className="measure-item">
      {measure.reversedBy && <p className="alert alert-info">{t('condizionalita.measure.reversed')}</p>}
      <DataList
        items={[
          { label: t('condizionalita.measure.sanction'), value: measure.reversalOf ? t('condizionalita.measure.reversal') : labels.sanction(measure.sanction) },
          { label: t('condizionalita.measure.decidedOn'), value: <time dateTime={measure.decidedOn}>{dates.day(measure.decidedOn)}</time> },
          { label: t('condizionalita.measure.source'), value: measure.legalSource },
          ...(send
            ? [
                {
                  label: t('condizionalita.measure.inps'),
                  value:
                    send.state === 'sent'
                      ? t('condizionalita.measure.sendStates.sent', { date: dates.day(send.sentAt) })
                      : t(`condizionalita.measure.sendStates.${send.state === 'waiting' || send.state === 'failed' ? send.state : 'unknown'}`),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

/**
 * "La decisione": still being assessed; accepted (no measure); or not justified, with the grounds, the measure(s), the
 * letter to download (PDF) and how to appeal.
 */
export function DecisionSection({ item }: { item: ConditionalityCaseResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useCondizionalitaLabels();
  const headingId = useId();
  const measuresId = useId();
  const decision = item.state === 'decided_justified' || item.state === 'measure_confirmed' ? item.decision : undefined;
  return (
    <>
      <section className="section-block" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('condizionalita.decision.title')}</h2>
        {!decision ? (
          <p>{t('condizionalita.decision.pending')}</p>
        ) : decision.outcome === 'justified' ? (
          <>
            <p className="alert alert-success">{t('condizionalita.decision.justified')}</p>
            {decision.reasonCode && <DataList items={[{ label: t('condizionalita.decision.reason'), value: labels.reason(decision.reasonCode) }]} />}
          </>
        ) : (
          <>
            <p>{t('condizionalita.decision.notJustified')}</p>
            {decision.reasonText && <DataList items={[{ label: t('condizionalita.decision.reasonText'), value: <span className="text-prewrap">{decision.reasonText}</span> }]} />}
          </>
        )}
      </section>
      {item.measures.length > 0 && (
        <section className="section-block" aria-labelledby={measuresId}>
          <h2 id={measuresId}>{t('condizionalita.measure.title')}</h2>
          {item.measures.map((measure) => (
            <MeasureItem key={measure.id} measure={measure} />
          ))}
          {item.letterAvailable && (
            <p>
              <a href={conditionalityLetterUrl(item.id)} className="btn btn-outline-primary" download>
                {t('condizionalita.measure.letter')}
              </a>
            </p>
          )}
          <p>{t('condizionalita.measure.appeal')}</p>
        </section>
      )}
    </>
  );
}
