import type { ConvocationResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgendaLabels } from '../agenda-labels';
import { useAcknowledgeConvocation } from '../api/use-acknowledge-convocation';
import { AgendaProblemAlert } from './agenda-problem-alert';

/**
 * A convocation received: service, day, time, place, channel and legal basis, the full text as sent, and
 * "Confermo di aver ricevuto la convocazione" until the person has confirmed it.
 */
export function ConvocationCard({ convocation }: { convocation: ConvocationResponse }) {
  const { t } = useTranslation('citizen');
  const f = useFormatters();
  const labels = useAgendaLabels();
  const headingId = useId();
  const acknowledge = useAcknowledgeConvocation();
  const receipt = useRef<HTMLParagraphElement>(null);
  const acknowledgedHere = acknowledge.isSuccess;

  // the button just pressed is gone: focus goes to the confirmation that replaced it
  useEffect(() => {
    if (acknowledgedHere && convocation.acknowledgedAt) receipt.current?.focus();
  }, [acknowledgedHere, convocation.acknowledgedAt]);

  return (
    <article className="card card-bg agenda-card" aria-labelledby={headingId}>
      <div className="card-body">
        <h3 id={headingId} className="h4 card-title agenda-card__title">
          {convocation.serviceName}
        </h3>
        <DataList
          className="mb-3"
          items={[
            { label: t('agenda.fields.when'), value: labels.when(convocation.localDate, convocation.localTime) },
            { label: t('agenda.fields.office'), value: convocation.officeName },
            { label: t('agenda.fields.place'), value: convocation.place },
            { label: t('agenda.fields.channel'), value: labels.channel(convocation.channel) },
            { label: t('agenda.fields.legalBasis'), value: convocation.legalBasis },
          ]}
        />
        <details className="agenda-details mb-3">
          <summary>{t('agenda.convocations.fullText')}</summary>
          <pre className="agenda-details__text">{convocation.text}</pre>
        </details>
        {convocation.acknowledgedAt ? (
          <p ref={receipt} className="agenda-receipt mb-0" role={acknowledgedHere ? 'status' : undefined} tabIndex={acknowledgedHere ? -1 : undefined}>
            {t('agenda.convocations.acknowledged', { dateTime: f.dateTime(convocation.acknowledgedAt) })}
          </p>
        ) : (
          <>
            {acknowledge.isError && <AgendaProblemAlert error={acknowledge.error} />}
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                if (!acknowledge.isPending) acknowledge.mutate(convocation.id);
              }}
              aria-busy={acknowledge.isPending}
            >
              {t('agenda.convocations.acknowledge')}
            </button>
          </>
        )}
      </div>
    </article>
  );
}
